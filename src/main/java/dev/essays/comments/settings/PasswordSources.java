package dev.essays.comments.settings;

import java.util.function.UnaryOperator;

/** Where an SMTP password named in the configuration is looked up: the environment and Java system properties. */
public record PasswordSources(UnaryOperator<String> environment, UnaryOperator<String> systemProperties) {

    public static final PasswordSources SYSTEM = new PasswordSources(System::getenv, System::getProperty);
}
