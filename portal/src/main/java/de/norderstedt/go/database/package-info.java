@NullMarked
package de.norderstedt.go.database;

import org.jspecify.annotations.NullMarked;
