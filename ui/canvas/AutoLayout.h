#pragma once
// Layered ("Sugiyama-style") placement along foreign-key direction: referenced tables to the
// left, referencing tables to the right; long layers wrap into several columns. Pure function
// of sizes and edges, so the same design always gets the same positions.
#include <QPointF>
#include <QSizeF>

#include <vector>

namespace relata::ui {

struct LayoutGraph {
    std::vector<QSizeF> sizes;               // one per node
    std::vector<std::vector<int>> references; // references[i]: nodes that node i points at (FK -> referenced)
};

struct LayoutOptions {
    double layerGap = 160;  // between layers
    double columnGap = 50;  // between the wrapped columns of one layer
    double nodeGap = 56;    // between nodes of a column
    double maxColumnHeight = 0; // 0 = chosen from the total area
};

// Top-left corner of every node, starting at (0, 0), integer coordinates.
std::vector<QPointF> layeredLayout(const LayoutGraph& graph, const LayoutOptions& options = {});

} // namespace relata::ui
