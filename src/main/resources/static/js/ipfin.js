// Small behaviours that need no framework: the mobile menu toggle, the header's menus, lines added to a text
// field by a button, CSRF headers for htmx requests, and the confirmation of destructive buttons.
document.addEventListener('DOMContentLoaded', function () {
  var dropdowns = document.querySelectorAll('[data-ipfin-dropdown]');
  function closeMenus(except) {
    dropdowns.forEach(function (button) {
      if (button !== except) {
        button.nextElementSibling.classList.remove('show');
        button.setAttribute('aria-expanded', 'false');
      }
    });
  }
  dropdowns.forEach(function (button) {
    button.addEventListener('click', function (event) {
      event.stopPropagation();
      closeMenus(button);
      var open = button.nextElementSibling.classList.toggle('show');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  });
  document.addEventListener('click', function () {
    closeMenus(null);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      closeMenus(null);
    }
  });
  document.querySelectorAll('[data-ipfin-toggle]').forEach(function (button) {
    button.addEventListener('click', function () {
      var target = document.getElementById(button.getAttribute('data-ipfin-toggle'));
      var open = target.classList.toggle('show');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  });
  document.querySelectorAll('[data-append-line]').forEach(function (button) {
    button.addEventListener('click', function () {
      var field = document.getElementById(button.getAttribute('data-append-line'));
      var text = field.value.replace(/\s+$/, '');
      field.value = (text ? text + '\n' : '') + button.getAttribute('data-line');
      field.focus();
    });
  });
    document.body.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
