/* Meny för små skärmar (exempelsajt). */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var nav = document.getElementById('site-navigation');
    if (!nav) { return; }
    var knapp = nav.querySelector('.menu-toggle');
    if (knapp) {
      knapp.addEventListener('click', function () {
        nav.classList.toggle('toggled');
        knapp.setAttribute('aria-expanded', nav.classList.contains('toggled') ? 'true' : 'false');
      });
    }
  });
}());
