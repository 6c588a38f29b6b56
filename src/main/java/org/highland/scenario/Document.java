package org.highland.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One parsed layer of a scenario: its tree and where each node of it was written. */
record Document(SourceMap sourceMap, ObjectNode tree) {
}
