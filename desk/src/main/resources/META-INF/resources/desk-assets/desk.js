// The desk's only script of its own. A background refresh (htmx) whose session has expired is answered 499 by the
// sign-in (HtmxRequests): reload the page, which goes through the login and comes back here.
document.addEventListener("htmx:responseError", function (event) {
  if (event.detail.xhr && event.detail.xhr.status === 499) {
    window.location.reload();
  }
});
