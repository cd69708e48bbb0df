package dev.essays.comments.wiring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where configuration problems and the mail status are told: the log in production, a list in tests. */
interface SettingsLog {

    void error(String message);

    void info(String message);

    SettingsLog SLF4J = new SettingsLog() {
        private final Logger log = LoggerFactory.getLogger(CommentsComponent.class);

        @Override
        public void error(String message) {
            log.error(message);
        }

        @Override
        public void info(String message) {
            log.info(message);
        }
    };
}
