package org.highland.model.spec;

import org.highland.model.ProjectKind;

/** The development route of each project kind. */
public record RoutesSpec(
        RouteSpec innovativeDrug,
        RouteSpec genericDrug,
        RouteSpec class3Device,
        RouteSpec otherDevice,
        RouteSpec tcmProduct) {

    /** The routes in {@link ProjectKind} order. */
    public RouteSpec[] toArray() {
        return new RouteSpec[] {innovativeDrug, genericDrug, class3Device, otherDevice, tcmProduct};
    }

    public RouteSpec of(ProjectKind kind) {
        return toArray()[kind.ordinal()];
    }
}
