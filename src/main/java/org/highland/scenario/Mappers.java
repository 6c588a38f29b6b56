package org.highland.scenario;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;

/**
 * The Jackson configurations the reader relies on, built fresh per reader: ObjectMappers are
 * mutable, so none is shared statically.
 */
final class Mappers {
    private Mappers() {
    }

    /** Reads YAML documents and --set values into trees. */
    static ObjectMapper yamlTrees() {
        return new YAMLMapper();
    }

    /**
     * Reads YAML text into a tree with {@code mapper} (one of {@link #yamlTrees}), YAML's
     * {@code .nan} and {@code .inf} as the numbers they name ({@link YamlSpecialFloats}); text
     * without a value is a missing node, as {@code readTree(String)} gives.
     */
    static JsonNode readYamlTree(ObjectMapper mapper, String text) throws IOException {
        try (JsonParser parser = new YamlSpecialFloats(mapper.createParser(text))) {
            JsonNode tree = mapper.readTree(parser);
            return tree == null ? MissingNode.getInstance() : tree;
        }
    }

    /** Reads JSON documents into trees; strict JSON (no comments) so files stay portable. */
    static ObjectMapper jsonTrees() {
        return new JsonMapper();
    }

    /**
     * Maps a merged tree onto records, strictly: every silent repair Jackson offers by default
     * (ignoring unknown fields, nulls as zero, 1.5 truncated to 1, 1 as true, a scalar as a
     * one-element list, an enum by ordinal) would hide a mistake in a scenario.
     */
    static ObjectMapper records() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // A null inside a list or map would reach the model as a NullPointerException.
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .build();
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // "0.2" or !!str 5 is text: a quoted number usually means a value pasted from elsewhere.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Writes records as YAML that reads back equal: no document marker, few quotes, but strings
     * that look like numbers or booleans stay quoted, and type ids are written as the {@code type}
     * property rather than YAML tags, which the reader's typed defaults would not see.
     */
    static YAMLMapper yamlWriter() {
        return YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build();
    }
}
