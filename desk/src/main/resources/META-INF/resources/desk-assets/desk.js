// The desk's only script of its own. A background refresh (htmx) whose session has expired is answered 499 by the
// sign-in (HtmxRequests): reload the page, which goes through the login and comes back here.
document.addEventListener("htmx:responseError", function (event) {
  if (event.detail.xhr && event.detail.xhr.status === 499) {
    window.location.reload();
  }
});

// A live stream (htmx's SSE extension) cannot read the status of a failed reconnect. The server ends the stream when
// the sign-in must be confirmed again; if the reconnect then fails for good, ask the page itself, as htmx would: a 499
// means the session is gone, and the reload takes the person through the login. A server that is merely down fails
// the question too, and the extension keeps retrying.
document.addEventListener("htmx:sseError", function (event) {
  var source = event.detail.source;
  if (!source || source.readyState !== EventSource.CLOSED) {
    return;
  }
  fetch(window.location.href, { method: "HEAD", headers: { "HX-Request": "true" }, credentials: "same-origin" })
    .then(function (response) {
      if (response.status === 499) {
        window.location.reload();
      }
    })
    .catch(function () {});
});
