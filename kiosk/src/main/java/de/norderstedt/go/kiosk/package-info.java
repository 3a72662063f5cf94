@NullMarked
package de.norderstedt.go.kiosk;

import org.jspecify.annotations.NullMarked;
