package org.gongkai.portal.web;

import java.util.List;
import java.util.Map;
import org.gongkai.org.Unit;

/** A unit of the 信息公开目录 tree with its own count of public items and the units under it that publish. */
record UnitNode(Unit unit, long count, List<UnitNode> children) {

    /** The tree from the root units down, keeping a unit when it or a unit below it has public items. */
    static List<UnitNode> tree(List<Unit> units, Map<String, Long> counts) {
        return units.stream()
                .filter(Unit::isRoot)
                .map(u -> node(u, units, counts))
                .filter(UnitNode::publishes)
                .toList();
    }

    private static UnitNode node(Unit unit, List<Unit> units, Map<String, Long> counts) {
        List<UnitNode> children = units.stream()
                .filter(u -> unit.code().equals(u.parentCode()))
                .map(u -> node(u, units, counts))
                .filter(UnitNode::publishes)
                .toList();
        return new UnitNode(unit, counts.getOrDefault(unit.code(), 0L), children);
    }

    boolean publishes() {
        return count > 0 || !children.isEmpty();
    }
}
