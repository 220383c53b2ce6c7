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
  function openMenu(button) {
    closeMenus(button);
    button.nextElementSibling.classList.add('show');
    button.setAttribute('aria-expanded', 'true');
  }
  function menuItems(menu) {
    return Array.prototype.slice.call(menu.querySelectorAll('.dropdown-item'));
  }
  dropdowns.forEach(function (button) {
    var menu = button.nextElementSibling;
    // ArrowDown on the toggle opens its menu and moves focus to the first item.
    button.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        openMenu(button);
        var items = menuItems(menu);
        if (items.length > 0) {
          items[0].focus();
        }
      }
    });
    // Inside an open menu the arrow keys move between items and Escape returns focus to the toggle.
    menu.addEventListener('keydown', function (event) {
      var items = menuItems(menu);
      var index = items.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        var step = event.key === 'ArrowDown' ? 1 : -1;
        items[(index + step + items.length) % items.length].focus();
      } else if (event.key === 'Escape') {
        event.stopPropagation();
        closeMenus(null);
        button.focus();
      }
    });
  });
  document.addEventListener('click', function () {
    closeMenus(null);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var open = Array.prototype.filter.call(dropdowns, function (button) {
      return button.getAttribute('aria-expanded') === 'true';
    });
    closeMenus(null);
    if (open.length > 0) {
      open[0].focus();
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
