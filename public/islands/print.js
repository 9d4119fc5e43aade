// The island of components/concern/PrintButton.tsx. The button is hidden until this script runs,
// because only a script can open the print dialogue; without it, the browser's own Print gives the
// same printout (the print stylesheet does the work, not this script).

const island = document.querySelector('[data-island="print"]');
const button = island?.querySelector('button');
if (island && button) {
  button.addEventListener('click', () => window.print());
  island.removeAttribute('hidden');
}
