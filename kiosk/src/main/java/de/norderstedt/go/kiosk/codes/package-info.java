/**
 * Signed, expiring locker access codes (Ed25519): issued by the portal, checked by the
 * portal and, when it is unreachable, by the locker agent with the public key only.
 */
@NullMarked
package de.norderstedt.go.kiosk.codes;

import org.jspecify.annotations.NullMarked;
