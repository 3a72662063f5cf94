/*
 * Read aloud: collects the readable parts of a region in reading order (headings, text, the
 * names of controls), fetches each as server-side speech (the text in a POST body) and plays them one after the other,
 * marking what is being read. Driven from the server (ReadAloudControls) through window.goReadAloud.
 */
(() => {
  if (window.goReadAloud) {
    return;
  }
  const SELECTOR = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,legend,a[href],button,vaadin-button,'
    + 'vaadin-text-field,vaadin-password-field,vaadin-text-area,vaadin-checkbox,vaadin-checkbox-group,[data-read]';
  const MAX_SEGMENT = 600;
  const state = { queue: [], index: 0, audio: null, status: 'idle', options: null, marked: null };

  const visible = el => (el.offsetWidth > 0 || el.offsetHeight > 0 || el.getClientRects().length > 0)
    && !el.closest('[aria-hidden="true"], [hidden], .read-aloud-skip');

  const clean = text => (text || '').replace(/\s+/g, ' ').trim();

  const textOf = el => {
    if (el.hasAttribute('data-read')) {
      return clean(el.getAttribute('data-read'));
    }
    if (el.tagName.startsWith('VAADIN-') && el.hasAttribute('label')) {
      return clean(el.getAttribute('label'));
    }
    return clean(el.getAttribute('aria-label') || el.innerText);
  };

  // Long texts are read sentence by sentence, so the first audio comes quickly.
  const split = text => {
    if (text.length <= MAX_SEGMENT) {
      return [text];
    }
    const parts = [];
    let current = '';
    for (const sentence of text.match(/[^.!?]+[.!?]*\s*/g) || [text]) {
      if ((current + sentence).length > MAX_SEGMENT && current) {
        parts.push(current.trim());
        current = '';
      }
      current += sentence;
    }
    if (current.trim()) {
      parts.push(current.trim().slice(0, 1900));
    }
    return parts;
  };

  const collect = root => {
    const picked = [];
    for (const el of root.querySelectorAll(SELECTOR)) {
      if (!visible(el) || picked.some(p => p.contains(el))) {
        continue;
      }
      const text = textOf(el);
      if (text) {
        picked.push(el);
        split(text).forEach(part => state.queue.push({ el, text: part }));
      }
    }
  };

  const notify = () => document.body.dispatchEvent(new CustomEvent('go-read-aloud',
    { detail: { status: state.status, index: state.index, total: state.queue.length } }));

  const mark = el => {
    if (state.marked && state.marked !== el) {
      state.marked.classList.remove('reading');
    }
    state.marked = el;
    if (el) {
      el.classList.add('reading');
      const reduce = document.documentElement.dataset.motion === 'reduce'
        || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      el.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
  };

  // The text goes in a POST body, never into an address (addresses end up in logs and in
  // the history); the audio comes back as a blob that plays from a local address.
  const load = segment => {
    if (!segment.loading) {
      const options = state.options;
      segment.loading = fetch(options.endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: segment.text, lang: options.lang, rate: options.rate })
      }).then(response => {
        if (!response.ok) {
          throw new Error('speech ' + response.status);
        }
        return response.blob();
      }).then(blob => {
        segment.blobUrl = URL.createObjectURL(blob);
        return segment.blobUrl;
      });
      segment.loading.catch(() => {});
    }
    return segment.loading;
  };

  const release = queue => queue.forEach(segment => {
    if (segment.blobUrl) {
      URL.revokeObjectURL(segment.blobUrl);
      segment.blobUrl = null;
    }
  });

  const finish = status => {
    mark(null);
    state.audio = null;
    state.status = status;
    notify();
  };

  const playCurrent = () => {
    if (state.index >= state.queue.length) {
      finish('finished');
      return;
    }
    const queue = state.queue;
    const segment = queue[state.index];
    mark(segment.el);
    // a placeholder while the audio loads: stop() and a new start() replace it; paused
    // meanwhile, the audio waits for resume()
    const waiting = {
      pause() {},
      play() {
        return Promise.resolve();
      }
    };
    state.audio = waiting;
    const source = segment.src ? Promise.resolve(segment.src) : load(segment);
    // Ask for the next part now, so that it is there when this one ends.
    const next = queue[state.index + 1];
    if (next && !next.src) {
      load(next);
    }
    source.then(src => {
      if (state.audio !== waiting) {
        return;
      }
      const audio = new Audio(src);
      state.audio = audio;
      audio.onended = () => {
        if (state.audio === audio) {
          state.index++;
          playCurrent();
        }
      };
      audio.onerror = () => {
        if (state.audio === audio) {
          finish('failed');
        }
      };
      if (state.status === 'paused') {
        // paused while it loaded: resume() plays it
        return;
      }
      audio.play().then(() => {
        state.status = 'playing';
        notify();
      }).catch(() => {
        if (state.audio === audio) {
          finish('failed');
        }
      });
    }, () => {
      if (state.audio === waiting) {
        finish('failed');
      }
    });
  };

  window.goReadAloud = {
    start(root, options) {
      this.stop(true);
      release(state.queue);
      state.options = options;
      state.queue = [];
      state.index = 0;
      collect(root || document.getElementById('main') || document.body);
      if (state.queue.length === 0) {
        finish('finished');
        return;
      }
      playCurrent();
    },
    /** Reads one text that is not on the page (a warning, a key), with the same options. */
    say(text, options) {
      this.stop(true);
      release(state.queue);
      state.options = options;
      state.queue = split(clean(text)).map(part => ({ el: null, text: part }));
      state.index = 0;
      if (state.queue.length > 0) {
        playCurrent();
      }
    },
    /**
     * Plays audio the server prepared at an address of this session (what a person typed:
     * its text never goes into an address).
     */
    play(src) {
      this.stop(true);
      release(state.queue);
      state.queue = [{ el: null, text: '', src }];
      state.index = 0;
      playCurrent();
    },
    pause() {
      if (state.audio && state.status === 'playing') {
        state.audio.pause();
        state.status = 'paused';
        notify();
      }
    },
    resume() {
      if (state.audio && state.status === 'paused') {
        state.audio.play().then(() => {
          state.status = 'playing';
          notify();
        }).catch(() => finish('failed'));
      }
    },
    stop(quiet) {
      if (state.audio) {
        const audio = state.audio;
        state.audio = null;
        audio.pause();
      }
      mark(null);
      if (!quiet && state.status !== 'idle') {
        state.status = 'stopped';
        notify();
      }
    },
    status() {
      return state.status;
    },
    current() {
      return state.queue[state.index] ? state.queue[state.index].text : null;
    }
  };
})();
