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

// PrimeFaces' multiple autocomplete gives its list of chosen people the role of a listbox whose items
// are not options, and no name: axe-core (and a screen reader) sees a nameless, broken listbox. It is
// a list of chosen people with an input at its end: say so, with the field's label as its name.
(function () {
    function fixAutocompletes() {
        document.querySelectorAll('ul.ui-autocomplete-multiple-container').forEach(function (list) {
            list.setAttribute('role', 'list');
            list.removeAttribute('aria-multiselectable');
            list.removeAttribute('aria-orientation');
            var input = list.querySelector('input');
            var label = input ? document.querySelector('label[for="' + (input.id || '').replace(/"/g, '') + '"]') : null;
            if (!label && input && input.id) {
                label = document.querySelector('label[for="' + input.id.replace(/_input$/, '') + '"]');
            }
            if (label) {
                list.setAttribute('aria-label', label.textContent.trim());
            }
            list.querySelectorAll(':scope > li').forEach(function (item) {
                item.setAttribute('role', 'listitem');
            });
        });
    }
    document.addEventListener('DOMContentLoaded', fixAutocompletes);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', fixAutocompletes);
    } else {
        document.addEventListener('DOMContentLoaded', function () {
            if (window.jQuery) {
                jQuery(document).on('pfAjaxComplete', fixAutocompletes);
            }
        });
    }
})();
