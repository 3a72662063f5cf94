/*
 * Browser side of the passkey screens: lets the browser talk to the authenticator (phone,
 * security key, the computer's fingerprint reader). To make a passkey, the page hands over the
 * options and gets the new credential back as JSON; to sign in, this asks Spring Security's
 * WebAuthn endpoints for options and sends them the answer. Otherwise each call resolves to a
 * short outcome word the page turns into a sentence: 'ok', 'cancelled' (the person closed the
 * question or took too long), 'exists' (this authenticator already holds a passkey for the
 * account), 'unsupported', 'refused' (the server did not accept it) or 'error'.
 */
(() => {
  if (window.goPasskeys) {
    return;
  }

  const bytes = base64url => {
    const base64 = (base64url + '='.repeat((4 - base64url.length % 4) % 4)).replace(/-/g, '+').replace(/_/g, '/');
    return Uint8Array.from(atob(base64), c => c.charCodeAt(0)).buffer;
  };

  const text = buffer => {
    let binary = '';
    new Uint8Array(buffer).forEach(b => { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };

  const supported = () => window.isSecureContext && !!window.PublicKeyCredential && !!navigator.credentials;

  const post = (url, csrf, body) => {
    const headers = { 'Content-Type': 'application/json' };
    headers[csrf.header] = csrf.token;
    return fetch(url, {
      method: 'POST', credentials: 'same-origin', headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  };

  const outcome = error => {
    console.warn('passkey:', error && error.name, error && error.message);
    if (error && error.name === 'NotAllowedError') {
      return 'cancelled';
    }
    if (error && error.name === 'InvalidStateError') {
      return 'exists';
    }
    return 'error';
  };

  window.goPasskeys = {
    async signIn(header, token) {
      if (!supported()) {
        return 'unsupported';
      }
      const csrf = { header, token };
      try {
        const answer = await post('/webauthn/authenticate/options', csrf);
        if (!answer.ok) {
          console.warn('passkey: options', answer.status);
          return 'error';
        }
        const options = await answer.json();
        options.challenge = bytes(options.challenge);
        (options.allowCredentials || []).forEach(c => { c.id = bytes(c.id); });
        const credential = await navigator.credentials.get({ publicKey: options });
        const signedIn = await post('/login/webauthn', csrf, {
          id: credential.id,
          rawId: text(credential.rawId),
          type: credential.type,
          authenticatorAttachment: credential.authenticatorAttachment,
          clientExtensionResults: credential.getClientExtensionResults(),
          response: {
            authenticatorData: text(credential.response.authenticatorData),
            clientDataJSON: text(credential.response.clientDataJSON),
            signature: text(credential.response.signature),
            userHandle: credential.response.userHandle ? text(credential.response.userHandle) : null
          }
        });
        if (!signedIn.ok) {
          console.warn('passkey: sign-in', signedIn.status);
        }
        return signedIn.ok ? 'ok' : 'refused';
      } catch (error) {
        return outcome(error);
      }
    },

    async register(optionsJson) {
      if (!supported()) {
        return 'unsupported';
      }
      try {
        const options = JSON.parse(optionsJson);
        options.challenge = bytes(options.challenge);
        options.user.id = bytes(options.user.id);
        (options.excludeCredentials || []).forEach(c => { c.id = bytes(c.id); });
        const credential = await navigator.credentials.create({ publicKey: options });
        return JSON.stringify({
          label: '',
          credential: {
            id: credential.id,
            rawId: text(credential.rawId),
            type: credential.type,
            authenticatorAttachment: credential.authenticatorAttachment,
            clientExtensionResults: credential.getClientExtensionResults(),
            response: {
              attestationObject: text(credential.response.attestationObject),
              clientDataJSON: text(credential.response.clientDataJSON),
              transports: credential.response.getTransports ? credential.response.getTransports() : []
            }
          }
        });
      } catch (error) {
        return outcome(error);
      }
    }
  };
})();
