package dev.essays.formatting;

/**
 * What citations of the site itself need: its name (the container of every essay) and its public base URL
 * (scheme, host, context path; no trailing slash), which makes permalinks absolute in metadata and in "Cite
 * this essay". Without a base URL those links stay relative. In Magnolia this is a module component an integrator
 * configures; the preview host sets its own address once it listens.
 */
public class SiteSettings {

    private volatile String siteName = "Essays";
    private volatile String baseUrl = "";

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

    /** {@code path} (site-relative, starting with /) as an absolute URL when the base is known. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
