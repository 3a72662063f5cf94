@NullMarked
package de.norderstedt.go.shell;

import org.jspecify.annotations.NullMarked;
