@NullMarked
package de.norderstedt.go.content;

import org.jspecify.annotations.NullMarked;
