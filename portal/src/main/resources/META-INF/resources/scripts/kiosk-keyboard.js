/*
 * On-screen keyboard for the kiosk (public touchscreens), so that no system keyboard is ever needed.
 *
 *   window.goKeyboard.attach(root, options)  activates it for every text field inside root, also for
 *                                            fields added later (focusin delegation); calling it again
 *                                            only updates labels and language.
 *   window.goKeyboard.detach()               removes the panel, the listeners and restores the fields.
 *
 * options = { lang: 'de'|'en', labels: { keyboard, shift, backspace, space, enter, hide, readAloud,
 *             newline }, speak: function (text) }
 *
 * Typing changes the value of the real <input>/<textarea> (for Vaadin fields the slotted light DOM
 * child) and dispatches 'beforeinput' (cancelable, so Vaadin's allowedCharPattern still applies) and
 * 'input'; 'change' follows when the field is left, the keyboard hidden or Done pressed.
 */
(() => {
  'use strict';

  if (window.goKeyboard) {
    return;
  }

  const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number']);
  const NUMERIC_MODES = new Set(['numeric', 'decimal', 'tel']);
  const SAVED_MODE = 'data-go-inputmode';

  const DEFAULT_LABELS = {
    de: {
      keyboard: 'Bildschirmtastatur',
      shift: 'Umschalttaste',
      backspace: 'Löschen',
      space: 'Leerzeichen',
      enter: 'Fertig',
      hide: 'Tastatur ausblenden',
      readAloud: 'Eingabe vorlesen',
      newline: 'Neue Zeile',
      empty: 'leer',
      characters: '{n} Zeichen',
      oneCharacter: '1 Zeichen'
    },
    en: {
      keyboard: 'On-screen keyboard',
      shift: 'Shift',
      backspace: 'Delete',
      space: 'Space',
      enter: 'Done',
      hide: 'Hide keyboard',
      readAloud: 'Read input aloud',
      newline: 'New line',
      empty: 'empty',
      characters: '{n} characters',
      oneCharacter: '1 character'
    }
  };

  // German QWERTZ: [normal, with shift]. Letters are upper-cased with shift, except ß.
  const LETTER_ROWS = [
    [['1', '!'], ['2', '"'], ['3', '§'], ['4', '$'], ['5', '%'], ['6', '&'], ['7', '/'], ['8', '('],
      ['9', ')'], ['0', '='], ['ß', '?']],
    'qwertzuiopü',
    'asdfghjklöä',
    ['shift', 'y', 'x', 'c', 'v', 'b', 'n', 'm', [',', ';'], ['.', ':'], ['-', '_']]
  ];

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const ICONS = {
    shift: 'M12 3 2 13h5v8h10v-8h5L12 3zm0 3.2 5.6 5.3H15.5V19h-7v-7.5H6.4L12 6.2z',
    backspace: 'M21 5H8.4L2 12l6.4 7H21a1 1 0 0 0 1-1V6a1 1 0 0 0-1-1zm-1 12H9.3l-4.6-5 4.6-5H20v10z'
      + 'M11.3 8.7l1.4-1.4 2.3 2.3 2.3-2.3 1.4 1.4-2.3 2.3 2.3 2.3-1.4 1.4-2.3-2.3-2.3 2.3-1.4-1.4 2.3-2.3z',
    newline: 'M19 6v5H7.8l3.6-3.6L10 6l-6 6 6 6 1.4-1.4L7.8 13H21V6h-2z'
  };

  const state = {
    root: null,
    options: null,
    labels: DEFAULT_LABELS.de,
    panel: null,
    inner: null,
    field: null,
    signature: '',
    shift: false,
    visible: false,
    startValue: '',
    buffer: null,
    bufferValue: null,
    savedPadding: null,
    touched: new Set(),
    passwords: new WeakSet(),
    resizeObserver: null
  };

  // ---------- helpers ----------

  const clean = text => String(text || '').replace(/\s+/g, ' ').trim();

  const targetOf = event => (event.composedPath && event.composedPath()[0]) || event.target;

  const deepActive = () => {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    return active;
  };

  const isTextField = el => {
    if (!el || el.disabled || el.readOnly) {
      return false;
    }
    if (el instanceof HTMLTextAreaElement) {
      return true;
    }
    return el instanceof HTMLInputElement && TEXT_TYPES.has(el.type);
  };

  const inPanel = el => !!(el && state.panel && state.panel.contains(el));

  // The Vaadin component around a slotted input, else the field itself.
  const hostOf = field => {
    const parent = field.parentElement;
    return parent && parent.tagName.startsWith('VAADIN-') ? parent : field;
  };

  const isMultiline = field => field instanceof HTMLTextAreaElement;

  const isPassword = field => {
    if (state.passwords.has(field)) {
      return true;
    }
    const secret = field.type === 'password' || !!field.closest('vaadin-password-field')
      || /(^|\s)(current|new)-password(\s|$)/.test(field.getAttribute('autocomplete') || '');
    if (secret) {
      // stays a password even when the field reveals it by switching to type=text
      state.passwords.add(field);
    }
    return secret;
  };

  const originalMode = field => (field.getAttribute(SAVED_MODE) || '').toLowerCase();

  // Remembers the page's inputmode and silences the system keyboard.
  const prepare = field => {
    const current = field.getAttribute('inputmode');
    if (current !== 'none' || !field.hasAttribute(SAVED_MODE)) {
      field.setAttribute(SAVED_MODE, current && current !== 'none' ? current : '');
    }
    if (current !== 'none') {
      field.setAttribute('inputmode', 'none');
    }
    state.touched.add(field);
  };

  const restore = field => {
    if (!field.hasAttribute(SAVED_MODE)) {
      return;
    }
    const mode = field.getAttribute(SAVED_MODE);
    if (mode) {
      field.setAttribute('inputmode', mode);
    }
    else {
      field.removeAttribute('inputmode');
    }
    field.removeAttribute(SAVED_MODE);
  };

  // ---------- layouts ----------

  // Which keyboard a field gets: the number pad for numbers and phone numbers, else letters.
  const layoutOf = field => {
    const type = isMultiline(field) ? 'textarea' : field.type;
    const mode = originalMode(field);
    if (type === 'number' || type === 'tel' || NUMERIC_MODES.has(mode)) {
      let extra = '';
      if (type === 'tel' || mode === 'tel') {
        extra = '+';
      }
      else if (mode === 'decimal') {
        extra = type === 'number' ? '.' : ',';
      }
      else if (type === 'number' && mode !== 'numeric') {
        const step = (field.getAttribute('step') || '').toLowerCase();
        if (step === 'any' || (step && !Number.isInteger(Number(step)))) {
          extra = '.';
        }
      }
      return { name: 'numbers', extra, multiline: false };
    }
    return { name: 'letters', extra: '', multiline: type === 'textarea' };
  };

  const icon = name => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', 'go-kbd__icon');
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', ICONS[name]);
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('fill-rule', 'evenodd');
    svg.appendChild(path);
    return svg;
  };

  const charKey = (normal, shifted) => {
    const button = baseKey();
    button.dataset.char = normal;
    button.dataset.shifted = shifted === undefined
      ? (normal === 'ß' ? 'ß' : normal.toUpperCase())
      : shifted;
    button.textContent = normal;
    return button;
  };

  // Special keys show a symbol or a short word; their accessible name is the label.
  const actionKey = (action, labelKey, withIcon) => {
    const button = baseKey();
    button.dataset.action = action;
    button.classList.add('go-kbd__key--' + action);
    const label = state.labels[labelKey];
    button.setAttribute('aria-label', label);
    if (withIcon) {
      button.appendChild(icon(withIcon));
    }
    else {
      button.classList.add('go-kbd__key--text');
      button.textContent = label;
    }
    if (action === 'shift') {
      button.setAttribute('aria-pressed', String(state.shift));
    }
    return button;
  };

  function baseKey() {
    const button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = -1;
    button.className = 'go-kbd__key';
    return button;
  }

  const row = (keys, className) => {
    const div = document.createElement('div');
    div.className = className || 'go-kbd__row';
    keys.forEach(key => div.appendChild(key));
    return div;
  };

  const grow = (button, factor) => {
    button.style.flexGrow = String(factor);
    return button;
  };

  const renderLetters = layout => {
    const rows = LETTER_ROWS.map(keys => row([...keys].map(key => {
      if (key === 'shift') {
        return actionKey('shift', 'shift', 'shift');
      }
      return Array.isArray(key) ? charKey(key[0], key[1]) : charKey(key);
    })));
    const last = [];
    if (state.options.speak) {
      last.push(grow(actionKey('read', 'readAloud'), 2));
    }
    last.push(charKey('@', '@'));
    last.push(grow(actionKey('space', 'space'), 4));
    if (layout.multiline) {
      last.push(grow(actionKey('newline', 'newline', 'newline'), 1.5));
    }
    last.push(grow(actionKey('backspace', 'backspace', 'backspace'), 1.5));
    last.push(grow(actionKey('done', 'enter'), 2));
    last.push(grow(actionKey('hide', 'hide'), 2));
    rows.push(row(last));
    return rows;
  };

  const renderNumbers = layout => {
    const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9']
      .map(d => charKey(d, d));
    digits.push(actionKey('backspace', 'backspace', 'backspace'), charKey('0', '0'), actionKey('done', 'enter'));
    const side = [];
    if (layout.extra) {
      side.push(charKey(layout.extra, layout.extra));
    }
    if (state.options.speak) {
      side.push(actionKey('read', 'readAloud'));
    }
    side.push(actionKey('hide', 'hide'));
    return [row(digits, 'go-kbd__pad'), row(side, 'go-kbd__side')];
  };

  const render = layout => {
    const signature = [layout.name, layout.extra, layout.multiline, state.options.lang,
      JSON.stringify(state.labels), !!state.options.speak].join('|');
    if (signature === state.signature) {
      return;
    }
    state.signature = signature;
    state.panel.dataset.layout = layout.name;
    state.inner.replaceChildren(...(layout.name === 'numbers' ? renderNumbers(layout) : renderLetters(layout)));
    updateCaps();
  };

  const updateCaps = () => {
    if (!state.panel) {
      return;
    }
    for (const key of state.panel.querySelectorAll('[data-char]')) {
      const text = state.shift ? key.dataset.shifted : key.dataset.char;
      if (key.textContent !== text) {
        key.textContent = text;
      }
    }
    const shift = state.panel.querySelector('[data-action="shift"]');
    if (shift) {
      shift.setAttribute('aria-pressed', String(state.shift));
    }
  };

  const setShift = on => {
    if (state.shift !== on) {
      state.shift = on;
      updateCaps();
    }
  };

  // ---------- panel ----------

  const createPanel = () => {
    const panel = document.createElement('div');
    panel.className = 'go-kbd';
    panel.setAttribute('role', 'group');
    panel.hidden = true;
    const inner = document.createElement('div');
    inner.className = 'go-kbd__inner';
    panel.appendChild(inner);
    // Nothing in the panel may take the focus away from the field.
    panel.addEventListener('pointerdown', onPanelPointerDown);
    panel.addEventListener('mousedown', preventDefault);
    panel.addEventListener('pointerup', release);
    panel.addEventListener('pointercancel', release);
    panel.addEventListener('pointerleave', release);
    panel.addEventListener('click', onPanelClick);
    panel.addEventListener('focusin', onPanelFocus);
    document.body.appendChild(panel);
    state.panel = panel;
    state.inner = inner;
    if (window.ResizeObserver) {
      state.resizeObserver = new ResizeObserver(() => {
        if (state.visible) {
          applyPadding();
          if (state.field && state.field.isConnected) {
            reveal(state.field);
          }
        }
      });
      state.resizeObserver.observe(panel);
    }
  };

  const applyLabels = () => {
    state.panel.setAttribute('aria-label', state.labels.keyboard);
    state.panel.setAttribute('lang', state.options.lang);
  };

  const applyPadding = () => {
    const root = state.root;
    if (!root) {
      return;
    }
    if (state.savedPadding === null) {
      state.savedPadding = root.style.paddingBottom;
    }
    root.style.paddingBottom = state.savedPadding;
    const base = parseFloat(getComputedStyle(root).paddingBottom) || 0;
    root.style.paddingBottom = (base + state.panel.offsetHeight) + 'px';
  };

  const removePadding = () => {
    if (state.root && state.savedPadding !== null) {
      state.root.style.paddingBottom = state.savedPadding;
    }
    state.savedPadding = null;
  };

  // ---------- keeping the field and its next button above the keyboard ----------

  const ACTIONS = 'button, vaadin-button, [role="button"]';
  const GAP = 16;

  const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

  // The control a person uses after the field: the first button after it on the screen, and the
  // row it stands in ("Zurück" and "Weiter" side by side). Fields are answered before going on.
  const nextActions = host => {
    const root = state.root || document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = host;
    let node = walker.nextNode();
    while (node) {
      if (!host.contains(node) && !inPanel(node) && node.matches(ACTIONS) && !node.hasAttribute('disabled')
        && shown(node)) {
        const row = node.parentElement;
        return row && row !== root && !row.contains(host) ? [row, node] : [node];
      }
      node = walker.nextNode();
    }
    return [];
  };

  const scrollerOf = el => {
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const overflow = getComputedStyle(parent).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && parent.scrollHeight > parent.clientHeight) {
        return parent;
      }
    }
    return document.scrollingElement || document.documentElement;
  };

  // Scrolls as little as needed so that the field and the button after it (with its row, when
  // that fits) are both in the part of the screen the keyboard leaves free; when they do not fit
  // together, the field comes first, at the top.
  const reveal = field => {
    const target = hostOf(field);
    const free = { top: GAP, bottom: state.panel.getBoundingClientRect().top - GAP };
    const own = target.getBoundingClientRect();
    let goal = { top: own.top, bottom: own.bottom };
    // the field with its label, else only the box one types in; with the row of buttons, else
    // the button alone
    const fields = target === field ? [own] : [own, field.getBoundingClientRect()];
    const nexts = nextActions(target).map(next => next.getBoundingClientRect());
    search:
    for (const box of fields) {
      for (const rect of nexts) {
        const together = { top: Math.min(box.top, rect.top), bottom: Math.max(box.bottom, rect.bottom) };
        if (together.bottom - together.top <= free.bottom - free.top) {
          goal = together;
          break search;
        }
      }
    }
    let delta = 0;
    if (goal.bottom > free.bottom) {
      delta = goal.bottom - free.bottom;
    }
    if (goal.top - delta < free.top) {
      delta = goal.top - free.top;
    }
    if (Math.abs(delta) >= 1) {
      const scroller = scrollerOf(target);
      scroller.scrollTop += delta;
    }
  };

  const show = field => {
    if (!state.panel) {
      createPanel();
      applyLabels();
    }
    const previous = state.field;
    if (previous && previous !== field) {
      commit();
    }
    if (previous !== field) {
      state.field = field;
      state.startValue = field.value;
      state.buffer = null;
      setShift(false);
    }
    prepare(field);
    render(layoutOf(field));
    state.panel.hidden = false;
    state.visible = true;
    document.documentElement.classList.add('go-kbd-open');
    applyPadding();
    reveal(field);
  };

  const hide = () => {
    commit();
    setShift(false);
    if (state.panel) {
      state.panel.hidden = true;
    }
    state.visible = false;
    document.documentElement.classList.remove('go-kbd-open');
    removePadding();
  };

  // ---------- editing ----------

  // 'change' is what makes Vaadin send the value to the server.
  const commit = () => {
    const field = state.field;
    if (field && field.value !== state.startValue) {
      state.startValue = field.value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };

  const hasSelection = field => {
    try {
      return typeof field.selectionStart === 'number' && typeof field.selectionEnd === 'number';
    }
    catch (e) {
      return false;
    }
  };

  const maxLength = field => {
    const max = parseInt(field.getAttribute('maxlength'), 10);
    return Number.isInteger(max) && max >= 0 ? max : Infinity;
  };

  // For type=number and type=email (no selection API): edit at the end. The typed text is kept,
  // since a number input clears intermediate values such as "1." when they are set.
  const editEnd = (field, text, remove) => {
    if (state.buffer === null || field.value !== state.bufferValue) {
      state.buffer = field.value;
    }
    let next = state.buffer;
    if (remove) {
      next = [...next].slice(0, -1).join('');
    }
    else {
      if ([...next].length + [...text].length > maxLength(field)) {
        return false;
      }
      next += text;
    }
    field.value = next;
    state.buffer = next;
    state.bufferValue = field.value;
    return true;
  };

  const editAtCaret = (field, text, remove) => {
    const value = field.value;
    let start = field.selectionStart;
    let end = field.selectionEnd;
    if (remove) {
      if (start === end) {
        if (start === 0) {
          return false;
        }
        const code = value.charCodeAt(start - 1);
        start -= code >= 0xdc00 && code <= 0xdfff && start > 1 ? 2 : 1;
      }
      field.setRangeText('', start, end, 'end');
      return true;
    }
    if (value.length - (end - start) + text.length > maxLength(field)) {
      return false;
    }
    field.setRangeText(text, start, end, 'end');
    return true;
  };

  const edit = (text, inputType) => {
    const field = state.field;
    if (!field) {
      return;
    }
    const remove = inputType === 'deleteContentBackward';
    const before = new InputEvent('beforeinput', {
      inputType, data: remove ? null : text, bubbles: true, composed: true, cancelable: true
    });
    if (!field.dispatchEvent(before)) {
      return;
    }
    const changed = hasSelection(field) ? editAtCaret(field, text, remove) : editEnd(field, text, remove);
    if (changed) {
      field.dispatchEvent(new InputEvent('input', {
        inputType, data: remove ? null : text, bubbles: true, composed: true
      }));
    }
  };

  const pressEnter = field => {
    for (const type of ['keydown', 'keypress', 'keyup']) {
      const event = new KeyboardEvent(type, {
        key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true
      });
      Object.defineProperty(event, 'keyCode', { get: () => 13 });
      Object.defineProperty(event, 'which', { get: () => 13 });
      field.dispatchEvent(event);
    }
  };

  const labelOf = field => {
    const ids = field.getAttribute('aria-labelledby');
    if (ids) {
      const scope = field.getRootNode();
      const text = ids.split(/\s+/)
        .map(id => (scope.getElementById ? scope.getElementById(id) : document.getElementById(id)))
        .filter(Boolean)
        .map(el => el.textContent)
        .join(' ');
      if (clean(text)) {
        return clean(text);
      }
    }
    if (field.labels && field.labels.length) {
      const text = clean([...field.labels].map(label => label.textContent).join(' '));
      if (text) {
        return text;
      }
    }
    const host = hostOf(field);
    return clean(field.getAttribute('aria-label')
      || (host !== field && (host.label || host.getAttribute('label') || host.getAttribute('aria-label')))
      || field.getAttribute('placeholder')
      || field.getAttribute('title'));
  };

  const spokenText = field => {
    const labels = state.labels;
    const value = field.value;
    let said;
    if (!value) {
      said = labels.empty;
    }
    else if (isPassword(field)) {
      const count = [...value].length;
      said = count === 1 ? labels.oneCharacter : labels.characters.replace('{n}', String(count));
    }
    else {
      said = value;
    }
    const label = labelOf(field).replace(/[:*\s]+$/, '');
    return label ? label + ': ' + said : said;
  };

  const speak = () => {
    if (state.field && state.options.speak) {
      try {
        state.options.speak(spokenText(state.field));
      }
      catch (e) {
        // speech is a help, never a reason to break typing
      }
    }
  };

  // ---------- event handlers ----------

  function preventDefault(event) {
    event.preventDefault();
  }

  function onPanelPointerDown(event) {
    event.preventDefault();
    const key = event.target.closest && event.target.closest('.go-kbd__key');
    if (key) {
      key.classList.add('is-pressed');
    }
  }

  function release(event) {
    if (event.type === 'pointerleave' && event.target !== state.panel) {
      return;
    }
    for (const key of state.panel.querySelectorAll('.is-pressed')) {
      key.classList.remove('is-pressed');
    }
  }

  function onPanelFocus() {
    // a key got the focus after all (e.g. assistive technology): give it back to the field
    refocus();
  }

  const refocus = () => {
    const field = state.field;
    if (field && field.isConnected && deepActive() !== field) {
      field.focus({ preventScroll: true });
    }
  };

  function onPanelClick(event) {
    const key = event.target.closest && event.target.closest('.go-kbd__key');
    if (!key || !state.field) {
      return;
    }
    event.preventDefault();
    const field = state.field;
    if (!field.isConnected) {
      hide();
      state.field = null;
      return;
    }
    refocus();
    const action = key.dataset.action;
    if (!action) {
      edit(state.shift ? key.dataset.shifted : key.dataset.char, 'insertText');
      setShift(false);
    }
    else if (action === 'shift') {
      setShift(!state.shift);
    }
    else if (action === 'space') {
      edit(' ', 'insertText');
    }
    else if (action === 'newline') {
      edit('\n', 'insertLineBreak');
    }
    else if (action === 'backspace') {
      edit('', 'deleteContentBackward');
    }
    else if (action === 'read') {
      speak();
    }
    else if (action === 'done') {
      commit();
      if (!isMultiline(field)) {
        pressEnter(field);
      }
      hide();
    }
    else if (action === 'hide') {
      hide();
    }
    refocus();
  }

  function onFocusIn(event) {
    const el = targetOf(event);
    if (isTextField(el)) {
      show(el);
    }
    else if (state.visible && !inPanel(el)) {
      // unless the focus went back to a field by then
      afterTap(() => {
        if (state.visible && !isTextField(deepActive()) && !inPanel(deepActive())) {
          hide();
        }
      });
    }
  }

  function onFocusOut(event) {
    const el = targetOf(event);
    if (!state.field || el !== state.field) {
      return;
    }
    if (inPanel(event.relatedTarget)) {
      return;
    }
    commit();
    // decide once the focus has arrived where it goes
    afterTap(() => {
      const active = deepActive();
      if (active === state.field) {
        return;
      }
      if (inPanel(active)) {
        refocus();
        return;
      }
      if (!document.hasFocus()) {
        // the whole window lost focus: the field gets it back later
        return;
      }
      hide();
      if (deepActive() !== state.field) {
        state.field = null;
      }
    });
  }

  // A press outside the field moves the focus (on a touchscreen only after the finger
  // lifted, in a task of its own), but the button it meant is clicked after that.
  // Hiding the keyboard in between would move the page under the finger and the click
  // would land elsewhere: wait for the click.
  function afterTap(run) {
    if (!state.pressing) {
      setTimeout(run, 0);
      return;
    }
    let done = false;
    const finish = () => {
      if (done) {
        return;
      }
      done = true;
      document.removeEventListener('click', finish, true);
      document.removeEventListener('pointercancel', finish, true);
      setTimeout(run, 0);
    };
    document.addEventListener('click', finish, true);
    document.addEventListener('pointercancel', finish, true);
    // a press that turned into a scroll brings no click
    setTimeout(finish, 1000);
  }

  // the press is over when its click (or its cancel) came
  function onPressEnd() {
    state.pressing = false;
  }

  // Before a field gets the focus: silence the system keyboard early.
  function onPointerDown(event) {
    state.pressing = true;
    const el = targetOf(event);
    if (isTextField(el)) {
      prepare(el);
    }
  }

  // A tap on the focused field brings back a keyboard that was hidden.
  function onClick(event) {
    const el = targetOf(event);
    if (!state.visible && isTextField(el) && deepActive() === el) {
      show(el);
    }
  }

  // ---------- public API ----------

  const normalize = options => {
    const given = options || {};
    const lang = String(given.lang || document.documentElement.lang || 'de').slice(0, 2).toLowerCase();
    const labels = Object.assign({}, DEFAULT_LABELS[lang] || DEFAULT_LABELS.de);
    for (const [name, value] of Object.entries(given.labels || {})) {
      if (typeof value === 'string' && value.trim()) {
        labels[name] = value.trim();
      }
    }
    state.labels = labels;
    return { lang: given.lang || lang, speak: typeof given.speak === 'function' ? given.speak : null };
  };

  const listen = (root, on) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    root[method]('focusin', onFocusIn);
    root[method]('focusout', onFocusOut);
    root[method]('pointerdown', onPointerDown, true);
    root[method]('click', onPressEnd, true);
    root[method]('pointercancel', onPressEnd, true);
    root[method]('click', onClick);
  };

  const attach = (root, options) => {
    if (!(root instanceof Element)) {
      throw new TypeError('goKeyboard.attach needs an element');
    }
    state.options = normalize(options);
    if (state.root !== root) {
      if (state.root) {
        hide();
        listen(state.root, false);
      }
      state.root = root;
      listen(root, true);
    }
    if (!state.panel) {
      createPanel();
    }
    applyLabels();
    root.querySelectorAll('input, textarea').forEach(field => {
      if (isTextField(field)) {
        prepare(field);
      }
    });
    const active = deepActive();
    if (state.visible && state.field) {
      // language change while typing: new labels, same field
      render(layoutOf(state.field));
    }
    else if (isTextField(active) && root.contains(hostOf(active))) {
      show(active);
    }
  };

  const detach = () => {
    hide();
    if (state.root) {
      listen(state.root, false);
    }
    if (state.resizeObserver) {
      state.resizeObserver.disconnect();
    }
    if (state.panel) {
      state.panel.remove();
    }
    state.touched.forEach(restore);
    state.touched.clear();
    Object.assign(state, {
      root: null, options: null, panel: null, inner: null, field: null, signature: '',
      buffer: null, bufferValue: null, resizeObserver: null
    });
  };

  window.goKeyboard = Object.freeze({
    attach,
    detach,
    hide: () => hide(),
    isVisible: () => state.visible
  });
})();
