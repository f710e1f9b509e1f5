// RL-W-FK-CYCLE: foreign keys that form a cycle between tables.
//
// Sequelize (since 6.20) and Relata's DDL create such tables without their foreign keys first
// and add them afterwards, so the schema can be built; but rows depend on each other in a circle.
// Every strongly connected component of the table graph is reported once, with one cycle through
// it (the resolver's chain when it lies in that component) and the associations whose
// `constraints: false` would cut it.
#include "validate/Checks.h"
#include "validate/DiagnosticCodes.h"

#include <algorithm>
#include <deque>
#include <limits>

namespace relata::validation {

namespace {

struct Edge {
    size_t to;
    const Column* column;
};

// Compressed adjacency over schema.tables: the edges of node i are edges[begin[i] .. begin[i + 1]).
struct TableGraph {
    const std::vector<Table>* tables = nullptr;
    std::vector<size_t> begin;
    std::vector<Edge> edges;

    size_t size() const { return tables->size(); }
    const Table& node(size_t i) const { return (*tables)[i]; }
    const Edge* from(size_t node) const { return edges.data() + begin[node]; }
    const Edge* to(size_t node) const { return edges.data() + begin[node + 1]; }
    size_t degree(size_t node) const { return begin[node + 1] - begin[node]; }
};

TableGraph buildGraph(const Context& ctx) {
    TableGraph g;
    g.tables = &ctx.schema.tables;
    // The edges in the order of ctx.referencing() (grouped by table, attribute order).
    std::vector<std::pair<size_t, Edge>> found;
    found.reserve(ctx.referencing().size());
    for (const auto& [table, column] : ctx.referencing()) {
        if (column->references->table == table->tableName) continue; // self references never count
        if (const Table* to = ctx.referencedTable(*table, *column))
            found.push_back({ctx.tableIndex(*table), {ctx.tableIndex(*to), column}});
    }
    g.begin.assign(g.size() + 1, 0);
    for (const auto& f : found) ++g.begin[f.first + 1];
    for (size_t i = 0; i < g.size(); ++i) g.begin[i + 1] += g.begin[i];
    g.edges.resize(found.size());
    std::vector<size_t> fill(g.begin.begin(), g.begin.end() - 1);
    for (const auto& f : found) g.edges[fill[f.first]++] = f.second;
    return g;
}

// Tarjan's algorithm, iterative; returns the component id of every node.
std::vector<size_t> components(const TableGraph& g, size_t& count) {
    constexpr size_t kNone = std::numeric_limits<size_t>::max();
    const size_t n = g.size();
    std::vector<size_t> index(n, kNone), low(n, 0), comp(n, kNone);
    std::vector<bool> onStack(n, false);
    std::vector<size_t> stack;
    struct Frame {
        size_t node, next;
    };
    std::vector<Frame> frames;
    size_t counter = 0;
    count = 0;
    for (size_t root = 0; root < n; ++root) {
        if (index[root] != kNone) continue;
        frames.push_back({root, 0});
        index[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = true;
        while (!frames.empty()) {
            Frame& f = frames.back();
            if (f.next < g.degree(f.node)) {
                const size_t to = g.from(f.node)[f.next++].to;
                if (index[to] == kNone) {
                    index[to] = low[to] = counter++;
                    stack.push_back(to);
                    onStack[to] = true;
                    frames.push_back({to, 0});
                } else if (onStack[to]) {
                    low[f.node] = std::min(low[f.node], index[to]);
                }
                continue;
            }
            const size_t node = f.node;
            frames.pop_back();
            if (!frames.empty()) low[frames.back().node] = std::min(low[frames.back().node], low[node]);
            if (low[node] != index[node]) continue;
            size_t member;
            do {
                member = stack.back();
                stack.pop_back();
                onStack[member] = false;
                comp[member] = count;
            } while (member != node);
            ++count;
        }
    }
    return comp;
}

// Shortest cycle through `start` inside its component (breadth-first), as node ids start..start.
std::vector<size_t> cycleThrough(const TableGraph& g, const std::vector<size_t>& comp, size_t start) {
    std::unordered_map<size_t, size_t> parent;
    std::deque<size_t> queue{start};
    parent[start] = start;
    while (!queue.empty()) {
        const size_t node = queue.front();
        queue.pop_front();
        for (const Edge* e = g.from(node); e != g.to(node); ++e) {
            if (comp[e->to] != comp[start]) continue;
            if (e->to == start) {
                std::vector<size_t> path{start};
                for (size_t at = node; at != start; at = parent[at]) path.push_back(at);
                path.push_back(start);
                std::reverse(path.begin() + 1, path.end() - 1);
                return path;
            }
            if (parent.try_emplace(e->to, node).second) queue.push_back(e->to);
        }
    }
    return {start};
}

// How to remove the foreign keys of one edge of the cycle.
struct Cut {
    std::vector<int> associations;     // to mark constraints: false
    std::vector<std::string> declared; // paths of hand-written `references`
    std::string columns;               // "documents.current_version_id"
    int latest = -1;
    size_t cost() const { return associations.size() + declared.size(); }
};

Cut cutFor(const Context& ctx, const TableGraph& g, size_t from, size_t to) {
    Cut cut;
    const Table& table = g.node(from);
    for (const Edge* e = g.from(from); e != g.to(from); ++e) {
        if (e->to != to) continue;
        if (!cut.columns.empty()) cut.columns += ", ";
        cut.columns += Context::columnName(table, *e->column);
        bool byAssociation = false;
        for (int i : e->column->associations) {
            if (!ctx.addsReferences(i)) continue;
            byAssociation = true;
            if (std::find(cut.associations.begin(), cut.associations.end(), i) == cut.associations.end())
                cut.associations.push_back(i);
            cut.latest = std::max(cut.latest, i);
        }
        const AttributeDef* def = ctx.declared(table, e->column->attribute);
        if (!byAssociation || (def && def->references))
            cut.declared.push_back(ctx.columnPath(table, *e->column, "references"));
    }
    return cut;
}

std::string describeCut(const Context& ctx, const Cut& cut) {
    std::string out;
    if (!cut.associations.empty()) {
        out += "set \"constraints\": false on ";
        for (size_t i = 0; i < cut.associations.size(); ++i) {
            if (i) out += " and on ";
            out += ctx.describe(cut.associations[i]);
        }
    }
    for (const std::string& path : cut.declared) {
        if (!out.empty()) out += " and ";
        out += "remove \"references\" at " + path;
    }
    return out;
}

void reportComponent(const Context& ctx, const TableGraph& g, const std::vector<size_t>& chain, size_t size,
                     Diagnostics& out) {
    std::string chainText, edgesText;
    std::vector<Cut> cuts;
    for (size_t i = 0; i < chain.size(); ++i) {
        if (i) chainText += " -> ";
        chainText += g.node(chain[i]).tableName;
        if (i + 1 == chain.size()) break;
        cuts.push_back(cutFor(ctx, g, chain[i], chain[i + 1]));
        if (!edgesText.empty()) edgesText += "; ";
        edgesText += cuts.back().columns + " -> " + g.node(chain[i + 1]).tableName;
    }
    // Cheapest cut first; among equals the later association (the convenience back-reference).
    std::stable_sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) {
        if (a.cost() != b.cost()) return a.cost() < b.cost();
        return a.latest > b.latest;
    });

    std::string message = "foreign keys form a cycle: " + chainText + " (" + edgesText + ")";
    if (size > chain.size() - 1)
        message += "; " + std::to_string(size) + " tables depend on each other in this group";
    message += ". Relata's DDL, like Sequelize's sync, creates these tables first and adds the foreign keys "
               "afterwards (ALTER TABLE), so the schema can be created; but the rows reference each other in a "
               "circle: insert with NULL and update afterwards, and deleting rows needs care (ON DELETE actions "
               "travel around the cycle, or the delete is refused).";
    std::string fix = "to cut the cycle, ";
    for (size_t i = 0; i < cuts.size(); ++i) {
        if (i) fix += ", or ";
        fix += describeCut(ctx, cuts[i]);
    }
    fix += "; or keep it and rely on the two-pass DDL.";
    const Cut& best = cuts.front();
    const int association = best.associations.empty() ? -1 : best.associations.front();
    const std::string path = association >= 0 ? Context::associationPath(association)
                                              : (best.declared.empty() ? std::string() : best.declared.front());
    const ResolvedAssociation* r = ctx.resolved(association);
    out.push_back(warning(codes::kFkCycle, std::move(message), path, std::move(fix),
                          r ? r->source : g.node(chain.front()).model, association));
}

} // namespace

void checkCycles(const Context& ctx, Diagnostics& out) {
    const TableGraph g = buildGraph(ctx);
    size_t count = 0;
    const std::vector<size_t> comp = components(g, count);
    std::vector<size_t> size(count, 0), first(count, g.size());
    for (size_t i = 0; i < g.size(); ++i) {
        ++size[comp[i]];
        first[comp[i]] = std::min(first[comp[i]], i);
    }
    // The resolver's chain (what Sequelize's toposort reports) where it applies.
    std::vector<size_t> resolverChain;
    for (const std::string& name : ctx.schema.cycleChain) {
        const Table* t = ctx.schema.findTable(name);
        if (!t) {
            resolverChain.clear();
            break;
        }
        resolverChain.push_back(ctx.tableIndex(*t));
    }
    std::vector<bool> reported(count, false);
    for (size_t i = 0; i < g.size(); ++i) {
        const size_t c = comp[i];
        if (size[c] < 2 || reported[c] || first[c] != i) continue;
        reported[c] = true;
        std::vector<size_t> chain;
        if (resolverChain.size() >= 3 && comp[resolverChain.front()] == c) chain = resolverChain;
        else chain = cycleThrough(g, comp, i);
        if (chain.size() < 3) continue;
        reportComponent(ctx, g, chain, size[c], out);
    }
}

} // namespace relata::validation
