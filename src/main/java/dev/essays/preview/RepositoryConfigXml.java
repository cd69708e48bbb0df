package dev.essays.preview;

/**
 * Jackrabbit configurations for the preview host: file-backed bundles under the data folder, or everything in
 * memory for tests. No search index: the module lists content by child iteration, never by query.
 */
final class RepositoryConfigXml {

    private static final String LOCAL_FS = BufferedLocalFileSystem.class.getName();
    private static final String MEMORY_FS = "org.apache.jackrabbit.core.fs.mem.MemoryFileSystem";
    private static final String FILE_PM = "org.apache.jackrabbit.core.persistence.bundle.BundleFsPersistenceManager";
    private static final String MEMORY_PM = "org.apache.jackrabbit.core.persistence.mem.InMemBundlePersistenceManager";

    private RepositoryConfigXml() {
    }

    static String fileBacked() {
        return build(fs(LOCAL_FS, "${rep.home}/repository"), fs(LOCAL_FS, "${wsp.home}"), pm(FILE_PM, ""),
                fs(LOCAL_FS, "${rep.home}/version"));
    }

    static String inMemory() {
        String memoryPm = pm(MEMORY_PM, "<param name=\"persistent\" value=\"false\"/>");
        return build(fs(MEMORY_FS, null), fs(MEMORY_FS, null), memoryPm, fs(MEMORY_FS, null));
    }

    private static String build(String repositoryFs, String workspaceFs, String pm, String versionFs) {
        return """
                <?xml version="1.0"?>
                <!DOCTYPE Repository PUBLIC "-//The Apache Software Foundation//DTD Jackrabbit 2.0//EN"
                    "http://jackrabbit.apache.org/dtd/repository-2.0.dtd">
                <Repository>
                  %s
                  <Security appName="Jackrabbit">
                    <SecurityManager class="org.apache.jackrabbit.core.security.simple.SimpleSecurityManager"/>
                    <AccessManager class="org.apache.jackrabbit.core.security.simple.SimpleAccessManager"/>
                    <LoginModule class="org.apache.jackrabbit.core.security.simple.SimpleLoginModule"/>
                  </Security>
                  <Workspaces rootPath="${rep.home}/workspaces" defaultWorkspace="default"/>
                  <Workspace name="${wsp.name}">
                    %s
                    %s
                  </Workspace>
                  <Versioning rootPath="${rep.home}/version">
                    %s
                    %s
                  </Versioning>
                </Repository>
                """.formatted(repositoryFs, workspaceFs, pm, versionFs, pm);
    }

    private static String fs(String type, String path) {
        String param = path == null ? "" : "<param name=\"path\" value=\"" + path + "\"/>";
        return "<FileSystem class=\"" + type + "\">" + param + "</FileSystem>";
    }

    private static String pm(String type, String params) {
        return "<PersistenceManager class=\"" + type + "\">" + params + "</PersistenceManager>";
    }
}
