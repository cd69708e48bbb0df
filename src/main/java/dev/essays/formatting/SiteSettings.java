package dev.essays.formatting;

import dev.essays.essay.WorksCitedSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Site-wide citation settings: the site's name (the container of every essay), its public base URL (scheme, host,
 * context path; no trailing slash), which makes permalinks absolute in metadata and in "Cite this essay" (without
 * it those links stay relative), and which sources a works-cited list holds when an essay does not say. In
 * Magnolia this bean is configured at {@code /modules/essays/config/site} (see the module descriptor); the
 * preview host sets its own address once it listens, and the list setting from {@code --works-cited}.
 */
public class SiteSettings {

    private static final Logger LOG = LoggerFactory.getLogger(SiteSettings.class);

    private volatile String siteName = "Essays";
    private volatile String baseUrl = "";
    private volatile WorksCitedSources worksCitedSources = WorksCitedSources.ALL;

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName == null || siteName.isBlank() ? "Essays" : siteName.trim();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        String url = baseUrl == null ? "" : baseUrl.trim();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code all} (the default) or {@code cited}. */
    public String getWorksCitedSources() {
        return worksCitedSources.value();
    }

    /** From configuration: a wrong value is logged and every source stays listed, rather than stopping the site. */
    public void setWorksCitedSources(String value) {
        try {
            WorksCitedSources setting = WorksCitedSources.of(value);
            worksCitedSources = setting == null ? WorksCitedSources.ALL : setting;
        } catch (IllegalArgumentException e) {
            LOG.warn("worksCitedSources {}; every source stays listed", e.getMessage());
            worksCitedSources = WorksCitedSources.ALL;
        }
    }

    /** The essay's own setting, else the site's. */
    public WorksCitedSources worksCitedSourcesFor(WorksCitedSources essays) {
        return essays != null ? essays : worksCitedSources;
    }

    /** Changes whenever a setting does, so views built under other settings are not reused. */
    public String revision() {
        return siteName + "\n" + baseUrl + "\n" + worksCitedSources.value();
    }

    /** {@code path} (site-relative, starting with /) as an absolute URL when the base is known. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
