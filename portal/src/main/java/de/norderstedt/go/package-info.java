@NullMarked
package de.norderstedt.go;

import org.jspecify.annotations.NullMarked;
