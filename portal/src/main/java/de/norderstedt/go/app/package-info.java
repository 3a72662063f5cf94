/**
 * The portal as an app on a phone or computer: the web app manifest, the offline page,
 * and the key that tells a browser's saved pages whose they are. The service worker
 * ({@code /push-sw.js}) and the browser side ({@code scripts/app.js}) are static files;
 * the features make the plain copies of their pages that the browser keeps.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.app;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
