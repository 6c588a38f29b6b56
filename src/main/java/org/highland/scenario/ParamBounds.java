package org.highland.scenario;

import java.util.Map;
import org.highland.model.Doc;
import org.highland.model.Param;

/**
 * A number's unit and admissible range: its {@link Param}'s, or for a number of a shared record
 * that leaves its unit to its owner ({@code unit = "as_owner"}, e.g. a value per talent tier)
 * the unit and the tighter upper bound that the holding component's {@link Doc} gives.
 */
record ParamBounds(String unit, double min, double max) {
    /** The unit a shared record's number declares when its owner gives it. */
    static final String AS_OWNER = "as_owner";

    /**
     * The bounds of the number at {@code dotted} with this {@code param}; {@code owners} holds the
     * {@link Doc} of each record-holding component met so far, by dotted path.
     */
    static ParamBounds of(Param param, Map<String, Doc> owners, String dotted) {
        if (!AS_OWNER.equals(param.unit())) {
            return new ParamBounds(param.unit(), param.min(), param.max());
        }
        Doc owner = owner(owners, dotted);
        if (owner == null) {
            return new ParamBounds("", param.min(), param.max());
        }
        return new ParamBounds(owner.unit(), param.min(), Math.min(param.max(), owner.max()));
    }

    /** The {@link Doc} of the component holding the record of the number at {@code dotted} (null if none). */
    static Doc owner(Map<String, Doc> owners, String dotted) {
        int dot = dotted.lastIndexOf('.');
        return dot < 0 ? null : owners.get(dotted.substring(0, dot));
    }
}
