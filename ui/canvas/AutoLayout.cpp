#include "canvas/AutoLayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace relata::ui {

namespace {

// Referenced -> referencing adjacency without self edges, duplicates or edges that close a cycle.
std::vector<std::vector<int>> acyclicChildren(const LayoutGraph& g) {
    const int n = static_cast<int>(g.sizes.size());
    std::vector<std::vector<int>> children(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int parent : g.references[static_cast<size_t>(i)])
            if (parent >= 0 && parent < n && parent != i) children[static_cast<size_t>(parent)].push_back(i);
    for (auto& c : children) {
        std::sort(c.begin(), c.end());
        c.erase(std::unique(c.begin(), c.end()), c.end());
    }
    // Iterative DFS; an edge to a node on the stack is a back edge and is dropped.
    std::vector<char> state(static_cast<size_t>(n), 0); // 0 new, 1 on stack, 2 done
    std::vector<std::vector<int>> dag(static_cast<size_t>(n));
    std::vector<std::pair<int, size_t>> stack;
    for (int root = 0; root < n; ++root) {
        if (state[static_cast<size_t>(root)]) continue;
        stack.push_back({root, 0});
        state[static_cast<size_t>(root)] = 1;
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            const auto& out = children[static_cast<size_t>(v)];
            if (next < out.size()) {
                const int w = out[next++];
                const char s = state[static_cast<size_t>(w)];
                if (s == 1) continue; // back edge
                dag[static_cast<size_t>(v)].push_back(w);
                if (s == 0) {
                    state[static_cast<size_t>(w)] = 1;
                    stack.push_back({w, 0});
                }
            } else {
                state[static_cast<size_t>(v)] = 2;
                stack.pop_back();
            }
        }
    }
    return dag;
}

} // namespace

std::vector<QPointF> layeredLayout(const LayoutGraph& graph, const LayoutOptions& options) {
    const int n = static_cast<int>(graph.sizes.size());
    std::vector<QPointF> out(static_cast<size_t>(n));
    if (n == 0) return out;
    const auto children = acyclicChildren(graph);
    std::vector<std::vector<int>> parents(static_cast<size_t>(n));
    std::vector<int> indegree(static_cast<size_t>(n), 0);
    for (int v = 0; v < n; ++v)
        for (int w : children[static_cast<size_t>(v)]) {
            parents[static_cast<size_t>(w)].push_back(v);
            ++indegree[static_cast<size_t>(w)];
        }

    // Longest-path layering in topological order.
    std::vector<int> layer(static_cast<size_t>(n), 0), queue;
    queue.reserve(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        if (indegree[static_cast<size_t>(v)] == 0) queue.push_back(v);
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        for (int w : children[static_cast<size_t>(v)]) {
            layer[static_cast<size_t>(w)] = std::max(layer[static_cast<size_t>(w)], layer[static_cast<size_t>(v)] + 1);
            if (--indegree[static_cast<size_t>(w)] == 0) queue.push_back(w);
        }
    }
    const int layerCount = *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<int>> layers(static_cast<size_t>(layerCount));
    for (int v = 0; v < n; ++v) layers[static_cast<size_t>(layer[static_cast<size_t>(v)])].push_back(v);

    // Crossing reduction: a few barycentre sweeps, down then up.
    std::vector<double> rank(static_cast<size_t>(n), 0);
    auto renumber = [&](const std::vector<int>& l) {
        for (size_t i = 0; i < l.size(); ++i) rank[static_cast<size_t>(l[i])] = static_cast<double>(i);
    };
    for (const auto& l : layers) renumber(l);
    std::vector<double> key(static_cast<size_t>(n), 0);
    auto sweep = [&](std::vector<int>& l, const std::vector<std::vector<int>>& neighbours) {
        for (int v : l) {
            const auto& nb = neighbours[static_cast<size_t>(v)];
            if (nb.empty()) {
                key[static_cast<size_t>(v)] = rank[static_cast<size_t>(v)];
                continue;
            }
            double sum = 0;
            for (int w : nb) sum += rank[static_cast<size_t>(w)];
            key[static_cast<size_t>(v)] = sum / static_cast<double>(nb.size());
        }
        std::stable_sort(l.begin(), l.end(), [&](int a, int b) { return key[static_cast<size_t>(a)] < key[static_cast<size_t>(b)]; });
        renumber(l);
    };
    for (int round = 0; round < 3; ++round) {
        for (int L = 1; L < layerCount; ++L) sweep(layers[static_cast<size_t>(L)], parents);
        for (int L = layerCount - 2; L >= 0; --L) sweep(layers[static_cast<size_t>(L)], children);
    }

    // Column height: about a square overall, but never shorter than a few nodes.
    double area = 0, tallest = 0;
    for (const QSizeF& s : graph.sizes) {
        area += (s.width() + options.columnGap) * (s.height() + options.nodeGap);
        tallest = std::max(tallest, s.height());
    }
    double maxHeight = options.maxColumnHeight > 0 ? options.maxColumnHeight : std::sqrt(area) * 0.8;
    maxHeight = std::max({maxHeight, tallest, 900.0});

    // Cut every layer into columns, then centre the columns vertically.
    struct Column {
        std::vector<int> nodes;
        double width = 0, height = 0;
    };
    std::vector<std::vector<Column>> columns(static_cast<size_t>(layerCount));
    double fullHeight = 0;
    for (int L = 0; L < layerCount; ++L) {
        auto& cols = columns[static_cast<size_t>(L)];
        cols.emplace_back();
        for (int v : layers[static_cast<size_t>(L)]) {
            const QSizeF& s = graph.sizes[static_cast<size_t>(v)];
            Column* c = &cols.back();
            const double needed = (c->nodes.empty() ? 0 : c->height + options.nodeGap) + s.height();
            if (!c->nodes.empty() && needed > maxHeight) {
                cols.emplace_back();
                c = &cols.back();
            }
            c->height += (c->nodes.empty() ? 0 : options.nodeGap) + s.height();
            c->width = std::max(c->width, s.width());
            c->nodes.push_back(v);
        }
        for (const Column& c : cols) fullHeight = std::max(fullHeight, c.height);
    }
    double x = 0;
    for (int L = 0; L < layerCount; ++L) {
        const auto& cols = columns[static_cast<size_t>(L)];
        for (size_t ci = 0; ci < cols.size(); ++ci) {
            const Column& c = cols[ci];
            double y = std::round((fullHeight - c.height) / 2);
            for (int v : c.nodes) {
                out[static_cast<size_t>(v)] = QPointF(std::round(x), y);
                y += std::ceil(graph.sizes[static_cast<size_t>(v)].height()) + options.nodeGap;
            }
            x += std::ceil(c.width) + (ci + 1 < cols.size() ? options.columnGap : options.layerGap);
        }
    }
    return out;
}

} // namespace relata::ui
