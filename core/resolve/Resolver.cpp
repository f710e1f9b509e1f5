#include "resolve/Resolver.h"

#include "resolve/AssociationBuilder.h"
#include "resolve/ModelDefiner.h"
#include "resolve/SyncOrder.h"

#include <deque>
#include <unordered_map>

namespace relata {

namespace {

class Resolution {
public:
    explicit Resolution(const Document& doc) : doc_(doc) {}

    ResolvedSchema run() {
        ResolvedSchema out;
        out.error = defineModels();
        if (!out.error) out.error = associate();
        for (const ModelState& m : models_) out.tables.push_back(m.toTable());
        for (const AssociationState& a : associations_) out.associations.push_back(a.resolved);
        SyncPlan plan = SyncOrder::compute(out.tables);
        out.syncOrder = std::move(plan.order);
        out.cyclic = plan.cyclic;
        out.cycleChain = std::move(plan.cycleChain);
        out.reindex();
        return out;
    }

private:
    const Document& doc_;
    std::deque<ModelState> models_; // stable addresses while join models are added
    std::unordered_map<std::string, size_t> byName_;
    std::deque<AssociationState> associations_;

    std::optional<Diagnostic> defineModels() {
        for (size_t i = 0; i < doc_.models.size(); ++i) {
            const Model& model = doc_.models[i];
            if (byName_.count(model.name)) {
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
            add(std::move(state));
        }
        return std::nullopt;
    }

    std::optional<Diagnostic> associate() {
        AssociationBuilder builder(
            [this](const std::string& name) -> ModelState* {
                auto it = byName_.find(name);
                return it == byName_.end() ? nullptr : &models_[it->second];
            },
            [this](ModelState&& m) -> ModelState& { return add(std::move(m)); }, associations_);
        for (size_t i = 0; i < doc_.associations.size(); ++i)
            if (auto err = builder.apply(doc_.associations[i], static_cast<int>(i))) return err;
        return std::nullopt;
    }

    ModelState& add(ModelState&& m) {
        byName_[m.name] = models_.size();
        models_.push_back(std::move(m));
        return models_.back();
    }
};

} // namespace

ResolvedSchema Resolver::resolve(const Document& doc) {
    return Resolution(doc).run();
}

} // namespace relata
