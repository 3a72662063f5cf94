@NullMarked
package de.norderstedt.go.accessibility;

import org.jspecify.annotations.NullMarked;
