@NullMarked
package de.norderstedt.go.privacy.ui;

import org.jspecify.annotations.NullMarked;
