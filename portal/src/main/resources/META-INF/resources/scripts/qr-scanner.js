/*
 * Camera side of QrScanner: shows the camera picture in the component's <video> and sends a
 * scaled frame to the server about three times a second until the server says it found a code.
 */
(() => {
  if (window.goQrScanner) {
    return;
  }
  const INTERVAL_MS = 300;
  const MAX_WIDTH = 800;

  const stop = host => {
    const state = host.__goScanner;
    if (!state) {
      return;
    }
    state.stopped = true;
    clearTimeout(state.timer);
    if (state.stream) {
      state.stream.getTracks().forEach(track => track.stop());
    }
    host.__goScanner = null;
  };

  const reloadKey = () => 'goQrScannerReloaded:' + location.pathname;

  // Loads the page again unless it was loaded again for its camera already; true if it does.
  const reloadOnce = () => {
    try {
      if (sessionStorage.getItem(reloadKey()) !== null) {
        return false;
      }
      sessionStorage.setItem(reloadKey(), '1');
    } catch (e) {
      return false;
    }
    location.reload();
    return true;
  };

  const forgetReload = () => {
    try {
      sessionStorage.removeItem(reloadKey());
    } catch (e) {
      // nothing kept
    }
  };

  const start = async (host, video) => {
    stop(host);
    const state = { stopped: false, stream: null, timer: null };
    host.__goScanner = state;
    // The camera is allowed only on the pages that scan (Permissions-Policy). A page the app
    // showed without loading it has the headers of the page loaded first: then load this
    // address again, which allows the camera. Once per address, so a refusal cannot loop.
    const policy = document.permissionsPolicy || document.featurePolicy;
    if (policy && !policy.allowsFeature('camera') && reloadOnce()) {
      return;
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      host.$server.cameraFailed('NotFoundError');
      return;
    }
    try {
      state.stream = await navigator.mediaDevices.getUserMedia(
        { audio: false, video: { facingMode: 'environment', width: { ideal: 1280 } } });
    } catch (error) {
      const name = error && error.name ? error.name : 'NotFoundError';
      // refused by the page's Permissions-Policy (browsers without the policy API above)
      if (name === 'NotAllowedError' && !state.stopped && reloadOnce()) {
        return;
      }
      forgetReload();
      if (!state.stopped) {
        host.$server.cameraFailed(name);
      }
      return;
    }
    forgetReload();
    if (state.stopped) {
      state.stream.getTracks().forEach(track => track.stop());
      return;
    }
    video.srcObject = state.stream;
    video.muted = true;
    await video.play().catch(() => {});
    host.$server.cameraStarted();
    const canvas = document.createElement('canvas');
    const send = async () => {
      if (state.stopped || !host.isConnected) {
        stop(host);
        return;
      }
      if (video.videoWidth > 0) {
        const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
        let done = false;
        try {
          done = await host.$server.frame(canvas.toDataURL('image/jpeg', 0.85));
        } catch (e) {
          done = false;
        }
        if (done) {
          stop(host);
          return;
        }
      }
      state.timer = setTimeout(send, INTERVAL_MS);
    };
    state.timer = setTimeout(send, INTERVAL_MS);
  };

  window.goQrScanner = { start, stop };
})();
