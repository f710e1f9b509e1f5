#include "resolve/SyncOrder.h"

#include <string_view>
#include <unordered_map>

namespace relata {

namespace {

// Names are views into the tables, which outlive the graph.
struct Graph {
    std::vector<std::string_view> names;
    std::vector<bool> isTable;
    std::vector<std::vector<size_t>> edges;
    std::unordered_map<std::string_view, size_t> ids;

    size_t node(std::string_view name) {
        auto [it, inserted] = ids.try_emplace(name, names.size());
        if (inserted) {
            names.push_back(name);
            isTable.push_back(false);
            edges.emplace_back();
        }
        return it->second;
    }
};

} // namespace

SyncPlan SyncOrder::compute(const std::vector<Table>& tables) {
    Graph g;
    g.ids.reserve(tables.size());
    std::vector<size_t> definitionOrder;
    for (const Table& t : tables) {
        const size_t id = g.node(t.tableName);
        if (!g.isTable[id]) definitionOrder.push_back(id);
        g.isTable[id] = true;
        for (const Column& c : t.columns) {
            if (!c.references || c.references->table == t.tableName) continue;
            const size_t dep = g.node(c.references->table);
            g.edges[id].push_back(dep);
        }
    }

    SyncPlan plan;
    enum : char { Unvisited, Active, Done };
    std::vector<char> state(g.names.size(), Unvisited);
    std::vector<size_t> emitted;
    // Iterative depth-first post-order (designs may chain thousands of tables).
    struct Frame {
        size_t node;
        size_t next;
    };
    std::vector<Frame> stack;
    for (size_t root : definitionOrder) {
        if (state[root] != Unvisited) continue;
        stack.push_back({root, 0});
        state[root] = Active;
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.next < g.edges[f.node].size()) {
                const size_t dep = g.edges[f.node][f.next++];
                if (state[dep] == Unvisited) {
                    state[dep] = Active;
                    stack.push_back({dep, 0});
                } else if (state[dep] == Active && !plan.cyclic) {
                    plan.cyclic = true;
                    size_t from = 0;
                    while (stack[from].node != dep) ++from;
                    for (size_t i = from; i < stack.size(); ++i)
                        plan.cycleChain.emplace_back(g.names[stack[i].node]);
                    plan.cycleChain.emplace_back(g.names[dep]);
                }
                continue;
            }
            state[f.node] = Done;
            emitted.push_back(f.node);
            stack.pop_back();
        }
    }
    const std::vector<size_t>& order = plan.cyclic ? definitionOrder : emitted;
    for (size_t id : order)
        if (g.isTable[id]) plan.order.emplace_back(g.names[id]);
    return plan;
}

} // namespace relata
