@NullMarked
package de.norderstedt.go.accessibility.ui;

import org.jspecify.annotations.NullMarked;
