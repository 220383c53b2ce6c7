// Counts down to the end of an auction lot. The page carries the server's time and the end time in epoch
// milliseconds. The offset between the server clock and this browser's clock is taken once at load, so a
// wrong clock on the visitor's machine does not move the end. The server alone decides whether a bid is in time.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-countdown-end]').forEach(function (element) {
    var end = Number(element.getAttribute('data-countdown-end'));
    var offset = Number(element.getAttribute('data-server-now')) - Date.now();
    var labels = {
      day: element.getAttribute('data-label-day') || 'd',
      ended: element.getAttribute('data-label-ended') || '0'
    };
    function pad(value) {
      return value < 10 ? '0' + value : String(value);
    }
    function render() {
      var left = end - (Date.now() + offset);
      if (left <= 0) {
        element.textContent = labels.ended;
        return false;
      }
      var seconds = Math.floor(left / 1000);
      var days = Math.floor(seconds / 86400);
      var rest = seconds % 86400;
      var text = pad(Math.floor(rest / 3600)) + ':' + pad(Math.floor(rest % 3600 / 60)) + ':' + pad(rest % 60);
      element.textContent = days > 0 ? days + labels.day + ' ' + text : text;
      return true;
    }
    if (render()) {
      var timer = window.setInterval(function () {
        if (!render()) {
          window.clearInterval(timer);
        }
      }, 1000);
    }
  });
});
