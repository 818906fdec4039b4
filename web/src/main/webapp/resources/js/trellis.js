// Dates are shown in the user's own time zone (docs/DESIGN.md, invariant 8): the browser tells the server
// which zone it is in through a cookie, read by org.trellis.web.shell.UserZone.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone) {
            document.cookie = "trellis-tz=" + encodeURIComponent(zone) + "; path=/; SameSite=Lax";
        }
    } catch (e) {
        // An old browser: times stay in UTC, which the pages say.
    }
})();
