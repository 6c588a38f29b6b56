package org.highland.model.spec;

import org.highland.model.Sector;

/** Behaviour of each sector. */
public record SectorsSpec(
        SectorSpec innovativeDrug,
        SectorSpec genericDrug,
        SectorSpec medicalDevice,
        SectorSpec cxo,
        SectorSpec tcm,
        SectorSpec healthService) {

    /** The specs in {@link Sector} order. */
    public SectorSpec[] toArray() {
        return new SectorSpec[] {innovativeDrug, genericDrug, medicalDevice, cxo, tcm, healthService};
    }

    public SectorSpec of(Sector sector) {
        return toArray()[sector.ordinal()];
    }
}
