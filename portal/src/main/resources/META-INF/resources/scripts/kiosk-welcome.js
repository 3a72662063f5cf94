/*
 * The kiosk welcome screen (a plain page, no server session): reads itself aloud on request
 * (the heartbeat comes from kiosk-heartbeat.js).
 */
(() => {
  const main = document.getElementById('main');
  const button = main.querySelector('.kiosk-read-aloud');
  const label = button.textContent;
  const options = { endpoint: 'speech', lang: main.dataset.lang, rate: 'NORMAL' };
  button.addEventListener('click', () => {
    if (window.goReadAloud.status() === 'playing') {
      window.goReadAloud.stop();
    } else {
      window.goReadAloud.start(main, options);
    }
  });
  document.body.addEventListener('go-read-aloud', event => {
    button.textContent = event.detail.status === 'playing' ? button.dataset.stop : label;
  });
})();
