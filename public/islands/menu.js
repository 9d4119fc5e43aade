// The island of components/layout/MainNavigation.tsx. The menu opens and closes without this
// script (it is a <details>); with it, Escape closes the open menu on a narrow screen and puts
// focus back on its button, as people expect of a menu they opened.
const menu = document.querySelector('details[data-island="menu"]');
if (menu instanceof HTMLDetailsElement) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
}
