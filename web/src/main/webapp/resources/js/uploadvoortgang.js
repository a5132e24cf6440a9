// Upload progress for the trip file: sends the JSF form with XMLHttpRequest so the browser reports how much of a
// large file has been sent, shows it in a <progress> with a text for screen readers, then shows the page the server
// returns (the import result). Without JavaScript the form posts as usual.
(function () {
    function koppel() {
        var form = document.getElementById('inlezen');
        var balk = document.getElementById('voortgang');
        var tekst = document.getElementById('voortgang-tekst');
        if (!form || !balk || !window.FormData || form.dataset.voortgang) {
            return;
        }
        form.dataset.voortgang = '1';
        form.addEventListener('submit', function (e) {
            var knop = e.submitter || document.getElementById('inlezen:knopInlezen');
            var data = new FormData(form);
            if (knop && knop.name) {
                data.append(knop.name, knop.value);
            }
            e.preventDefault();
            var xhr = new XMLHttpRequest();
            xhr.open('POST', form.action);
            document.getElementById('voortgang-blok').hidden = false;
            xhr.upload.onprogress = function (p) {
                if (p.lengthComputable) {
                    var pct = Math.round(100 * p.loaded / p.total);
                    balk.value = pct;
                    tekst.textContent = 'Bestand versturen: ' + pct + ' %';
                }
            };
            xhr.upload.onload = function () {
                balk.removeAttribute('value');
                tekst.textContent = 'Bestand verstuurd; de ritten worden gecontroleerd en opgeslagen.';
            };
            xhr.onload = function () {
                document.open();
                document.write(xhr.responseText);
                document.close();
            };
            xhr.onerror = function () {
                tekst.textContent = 'Versturen mislukt; probeer het opnieuw.';
            };
            xhr.send(data);
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', koppel);
    } else {
        koppel();
    }
})();
