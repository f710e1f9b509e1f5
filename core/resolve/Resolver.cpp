#include "resolve/Resolver.h"

#include "resolve/AssociationBuilder.h"
#include "resolve/ModelDefiner.h"
#include "resolve/SyncOrder.h"

namespace relata {

namespace {

class Resolution {
public:
    explicit Resolution(const Document& doc) : doc_(doc) {}

    ResolvedSchema run() {
        ResolvedSchema out;
        out.error = defineModels();
        if (!out.error) out.error = associate(out.associations);
        // The model states are not used after this: their contents move into the result.
        out.tables.reserve(models_.all().size());
        for (ModelState& m : models_.all())
            out.tables.push_back(m.takeTable());
        SyncPlan plan = SyncOrder::compute(out.tables);
        out.syncOrder = std::move(plan.order);
        out.cyclic = plan.cyclic;
        out.cycleChain = std::move(plan.cycleChain);
        out.reindex();
        return out;
    }

private:
    const Document& doc_;
    ModelRegistry models_;

    std::optional<Diagnostic> defineModels() {
        models_.reserve(doc_.models.size());
        for (size_t i = 0; i < doc_.models.size(); ++i) {
            const Model& model = doc_.models[i];
            if (models_.find(model.name)) {
                Diagnostic d;
                d.code = "RL-E-DUPLICATE-MODEL";
                d.message = "Model '" + model.name + "' is defined twice";
                d.path = "/models/" + std::to_string(i) + "/name";
                d.fix = "Rename one of the two models.";
                d.model = model.name;
                return d;
            }
            ModelState state;
            if (auto err = ModelDefiner::define(model, static_cast<int>(i), state)) return err;
            models_.add(std::move(state));
        }
        return std::nullopt;
    }

    std::optional<Diagnostic> associate(std::vector<ResolvedAssociation>& resolved) {
        AssociationBuilder builder(models_, resolved, doc_.associations.size());
        for (size_t i = 0; i < doc_.associations.size(); ++i)
            if (auto err = builder.apply(doc_.associations[i], static_cast<int>(i))) return err;
        return std::nullopt;
    }
};

} // namespace

ResolvedSchema Resolver::resolve(const Document& doc) {
    return Resolution(doc).run();
}

} // namespace relata
