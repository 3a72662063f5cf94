@NullMarked
package de.norderstedt.go.accounts;

import org.jspecify.annotations.NullMarked;
