// The report page's one script, inlined by ReportPages (its CSP hash is taken of this text).
// Without it the form still works: a GET to the synchronous /pejl/api/reports/{id}.
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  var box = document.getElementById('run');
  if (!form || !box || !window.fetch || !window.URLSearchParams || !window.FormData) {
    return;
  }
  var progress = document.getElementById('progress');
  var cancel = document.getElementById('cancel');
  var download = document.getElementById('download');
  var submit = document.getElementById('submit');
  var language = document.documentElement.lang;
  var run = null;
  var timer = null;
  var ticket = 0; // an answer to an older request (a poll overtaken by Cancel) is dropped

  function call(method, url, body) {
    var headers = { 'Accept': 'application/json', 'Accept-Language': language };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    }
    return fetch(url, { method: method, headers: headers, body: body, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (json) {
          return { status: response.status, json: json || {} };
        }, function () {
          return { status: response.status, json: {} };
        });
      });
  }

  function say(text) {
    progress.textContent = text;
  }

  function clearErrors() {
    var places = form.querySelectorAll('.error');
    for (var i = 0; i < places.length; i++) {
      places[i].textContent = '';
      places[i].hidden = true;
    }
    var wrong = form.querySelectorAll('[aria-invalid]');
    for (var j = 0; j < wrong.length; j++) {
      wrong[j].removeAttribute('aria-invalid');
    }
  }

  // The message beside the field it names; beside the button when it names none the form has.
  function mark(field, message) {
    var place = field ? document.getElementById('error-' + field) : null;
    if (!place) {
      place = document.getElementById('error-form');
    }
    place.textContent = place.textContent ? place.textContent + ' ' + message : message;
    place.hidden = false;
    var input = place.id === 'error-form' ? null : document.getElementById('p-' + field);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
    }
    return input;
  }

  function showErrors(json) {
    var errors = json.fields && json.fields.length ? json.fields
      : [{ field: json.field, message: json.message || box.getAttribute('data-error') }];
    var first = null;
    for (var i = 0; i < errors.length; i++) {
      var input = mark(errors[i].field, errors[i].message);
      first = first || input;
    }
    if (first) {
      first.focus();
    }
  }

  function stop() {
    clearTimeout(timer);
    timer = null;
    cancel.hidden = true;
    submit.disabled = false;
  }

  function failed(reply) {
    stop();
    say('');
    showErrors(reply.json || {});
  }

  /** A spreadsheet, CSV or web page is one long page: its progress is told in rows. */
  function progressText(run) {
    if (String(run.format).toUpperCase() !== 'PDF' && run.totalRows > 0 && run.rows > 0) {
      return box.getAttribute('data-rows').replace('{0}', run.rows.toLocaleString(language || 'sv'))
          .replace('{1}', run.totalRows.toLocaleString(language || 'sv'));
    }
    return run.pages > 0 ? box.getAttribute('data-page').replace('{0}', run.pages) : box.getAttribute('data-starting');
  }

  function runUrl(id) {
    return box.getAttribute('data-runs') + encodeURIComponent(id);
  }

  function show(next) {
    run = next;
    if (run.state === 'RUNNING') {
      say(progressText(run));
      cancel.hidden = false;
      timer = setTimeout(poll, 500);
    } else if (run.state === 'DONE') {
      stop();
      say(box.getAttribute('data-done'));
      download.href = runUrl(run.id) + '/content';
      download.hidden = false;
      download.focus();
    } else {
      stop();
      say('');
      mark(null, run.message || box.getAttribute(run.state === 'CANCELLED' ? 'data-cancelled' : 'data-failed'));
    }
  }

  function send(method, url, body, expected) {
    var mine = ++ticket;
    call(method, url, body).then(function (reply) {
      if (mine !== ticket) {
        return;
      }
      if (reply.status === expected) {
        show(reply.json);
      } else {
        failed(reply);
      }
    }, function () {
      if (mine === ticket) {
        failed({});
      }
    });
  }

  function poll() {
    timer = null;
    send('GET', runUrl(run.id), undefined, 200);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (run && run.state === 'RUNNING') {
      // One run at a time from this page: a second would run on unseen and could not be cancelled.
      return;
    }
    stop();
    clearErrors();
    download.hidden = true;
    download.removeAttribute('href');
    submit.disabled = true;
    say(box.getAttribute('data-starting'));
    send('POST', form.getAttribute('data-runs'), new URLSearchParams(new FormData(form)).toString(), 202);
  });

  cancel.addEventListener('click', function () {
    if (run && run.state === 'RUNNING') {
      clearTimeout(timer);
      timer = null;
      send('DELETE', runUrl(run.id), undefined, 200);
    }
  });
}());
