@NullMarked
package de.norderstedt.go.shell.ui;

import org.jspecify.annotations.NullMarked;
