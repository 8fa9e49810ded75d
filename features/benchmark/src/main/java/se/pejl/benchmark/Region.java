package se.pejl.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's region: Skaraborg's 15 municipalities with 40 units spread over them. Larger
 * municipalities get more children and more units, as a region's real spread is uneven: the
 * smallest cells (and so the suppression path) come from the small municipalities.
 */
final class Region {

    /** SCB code, name, rough population in thousands (the weight for episodes), units. */
    record Municipality(String code, String name, int weight, int units) {
    }

    record Unit(String name, int municipality) {
    }

    static final List<Municipality> MUNICIPALITIES = List.of(
            new Municipality("1445", "Essunga", 6, 2),
            new Municipality("1499", "Falköping", 34, 4),
            new Municipality("1444", "Grästorp", 6, 2),
            new Municipality("1447", "Gullspång", 5, 2),
            new Municipality("1471", "Götene", 13, 2),
            new Municipality("1497", "Hjo", 9, 2),
            new Municipality("1446", "Karlsborg", 7, 2),
            new Municipality("1494", "Lidköping", 40, 4),
            new Municipality("1493", "Mariestad", 25, 3),
            new Municipality("1495", "Skara", 19, 3),
            new Municipality("1496", "Skövde", 57, 5),
            new Municipality("1472", "Tibro", 11, 2),
            new Municipality("1498", "Tidaholm", 13, 2),
            new Municipality("1473", "Töreboda", 9, 2),
            new Municipality("1470", "Vara", 16, 3));

    private static final List<String> UNIT_KINDS = List.of(
            "Stödgruppen", "Familjebehandlingen", "Barn och unga", "Placeringsenheten", "Öppenvården");

    static final List<Unit> UNITS = units();

    private Region() {
    }

    private static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (int m = 0; m < MUNICIPALITIES.size(); m++) {
            Municipality municipality = MUNICIPALITIES.get(m);
            for (int k = 0; k < municipality.units(); k++) {
                units.add(new Unit(UNIT_KINDS.get(k) + " " + municipality.name(), m));
            }
        }
        if (units.size() != 40) {
            throw new IllegalStateException("the issue asks for 40 units, the table gives " + units.size());
        }
        return List.copyOf(units);
    }

    /** The units of one municipality, as indexes into {@link #UNITS}. */
    static int[] unitsOf(int municipality) {
        return java.util.stream.IntStream.range(0, UNITS.size())
                .filter(u -> UNITS.get(u).municipality() == municipality).toArray();
    }
}
