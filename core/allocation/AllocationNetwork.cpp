#include "AllocationNetwork.h"

#include "Allocator.h"
#include "storage/Error.h"

#include <QSet>
#include <algorithm>
#include <glpk.h>
#include <lemon/list_graph.h>
#include <lemon/network_simplex.h>
#include <random>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

constexpr int spreadSteps = 10; // the j-th of a sector costs 0…9 by how full the group is

struct Key
{
    QString sector;
    bool needsStepFree;
    QList<qint64> choices;
    bool operator==(const Key &other) const = default;
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.sector, key.needsStepFree, key.choices);
}

} // namespace

qint64 AllocationNetwork::spreadCost(int j, int capacity)
{
    return qint64(spreadSteps) * (j - 1) / qMax(1, capacity);
}

AllocationNetwork::AllocationNetwork(const AllocationProblem &problem) : m_problem(problem) {}

int AllocationNetwork::addNode(qint64 supply)
{
    m_supply.append(supply);
    return int(m_supply.size() - 1);
}

void AllocationNetwork::addArc(int from, int to, qint64 capacity, qint64 cost)
{
    if (capacity > 0)
        m_arcs.append({from, to, capacity, cost});
}

QHash<qint64, qint64> AllocationNetwork::solve()
{
    build();
    QHash<qint64, qint64> result;
    QList<int> chosen;
    const QList<qint64> flow = m_sets.isEmpty() ? solveWithLemon() : solveWithGlpk(&chosen);

    // Keep-together sets go where their chosen option says.
    for (qsizetype s = 0; s < m_sets.size(); ++s) {
        const qint64 destination = m_sets[s].options[chosen[s]].destinationId;
        for (qint64 person : m_sets[s].members)
            result.insert(person, destination);
    }

    // Unranked flow through a hub is handed back to the types that sent it.
    QHash<int, QList<std::pair<qint64, qint64>>> hubOutflow; // hub → (destination, amount)
    for (auto it = m_hubOut.cbegin(); it != m_hubOut.cend(); ++it) {
        for (const auto &[arc, destination] : it.value()) {
            if (flow[arc] > 0)
                hubOutflow[it.key()].append({destination, flow[arc]});
        }
    }
    std::mt19937_64 random(m_problem.settings.seed);
    for (const Type &type : m_types) {
        QList<std::pair<qint64, qint64>> counts; // destination → people
        for (const auto &[arc, destination] : type.arcs) {
            if (flow[arc] > 0)
                counts.append({destination, flow[arc]});
        }
        if (type.hubArc >= 0) {
            qint64 through = flow[type.hubArc];
            auto &out = hubOutflow[type.hub];
            while (through > 0 && !out.isEmpty()) {
                const qint64 take = qMin(through, out.first().second);
                counts.append({out.first().first, take});
                through -= take;
                if ((out.first().second -= take) == 0)
                    out.removeFirst();
            }
        }
        // Which of the interchangeable people goes where: the seed decides.
        QList<qint64> people = type.people;
        std::shuffle(people.begin(), people.end(), random);
        qsizetype next = 0;
        for (const auto &[destination, count] : counts) {
            for (qint64 i = 0; i < count && next < people.size(); ++i)
                result.insert(people[next++], destination);
        }
        while (next < people.size())
            result.insert(people[next++], 0);
    }
    return result;
}

void AllocationNetwork::build()
{
    const AllocationProblem &p = m_problem;
    const AllocationSettings &settings = p.settings;
    const qint64 everyone = qMax<qsizetype>(1, p.people.size());

    // Tier weights: a unit of a higher tier outweighs any change in all the lower ones.
    int maxPersonCost = qMax(settings.unassignedCost, settings.unrankedCost);
    for (const AllocationPerson &person : p.people) {
        for (int rank = 1; rank <= person.choices.size(); ++rank)
            maxPersonCost = qMax(maxPersonCost, settings.rankCost(rank));
    }
    const qint64 choiceWeight = qint64(spreadSteps) * everyone + 1;
    const qint64 minimumWeight = (qint64(maxPersonCost) * everyone + 1) * choiceWeight;
    if (minimumWeight > std::numeric_limits<qint64>::max() / (everyone + 1))
        throw Error(Error::Kind::BadInput, u"the allocation is too large to solve exactly"_s);

    QHash<qint64, const AllocationDestination *> destinations;
    for (const AllocationDestination &d : p.destinations)
        destinations.insert(d.id, &d);
    QSet<qint64> inSets;
    for (const QList<qint64> &set : p.keepTogether) {
        for (qint64 id : set)
            inSets.insert(id);
    }

    // Pinned people hold their places and count towards their sector's spread.
    QHash<qint64, int> pinned;
    QHash<std::pair<qint64, QString>, int> pinnedBySector;
    QStringList sectors;
    qint64 freePeople = 0;
    for (const AllocationPerson &person : p.people) {
        if (!sectors.contains(person.sector))
            sectors.append(person.sector);
        if (person.pinnedTo && destinations.contains(person.pinnedTo)) {
            ++pinned[person.pinnedTo];
            ++pinnedBySector[{person.pinnedTo, person.sector}];
        } else {
            ++freePeople;
        }
    }

    m_sink = addNode(-freePeople);
    QHash<qint64, int> destinationNode;
    QHash<std::pair<qint64, QString>, int> sectorNode;
    for (const AllocationDestination &d : p.destinations) {
        const int node = addNode();
        destinationNode.insert(d.id, node);
        const int free = qMax(0, d.maxSize - pinned.value(d.id));
        const int minimum = qBound(0, d.minSize - pinned.value(d.id), free);
        addArc(node, m_sink, minimum, -minimumWeight);
        addArc(node, m_sink, free - minimum, 0);
        for (const QString &sector : std::as_const(sectors)) {
            const int ds = addNode();
            sectorNode.insert({d.id, sector}, ds);
            // Runs of equal marginal cost become one arc.
            const int first = pinnedBySector.value({d.id, sector}) + 1;
            int j = first;
            while (j <= d.maxSize) {
                const qint64 cost = spreadCost(j, d.maxSize);
                int end = j;
                while (end + 1 <= d.maxSize && spreadCost(end + 1, d.maxSize) == cost)
                    ++end;
                addArc(ds, node, end - j + 1, cost);
                j = end + 1;
            }
        }
    }

    auto personCost = [&](const AllocationPerson &person,
                          qint64 destination) -> std::optional<qint64> {
        const AllocationDestination *d = destinations.value(destination);
        if (!d || !Allocator::allowed(p, person, *d))
            return std::nullopt;
        const qsizetype rank = person.choices.indexOf(destination);
        return rank >= 0 ? settings.rankCost(int(rank + 1)) : settings.unrankedCost;
    };

    // Hubs carry unranked placements: one arc per person type instead of one per destination.
    QHash<std::pair<QString, bool>, int> hubs;
    auto hubFor = [&](const QString &sector, bool needsStepFree) {
        const auto key = std::pair(sector, needsStepFree);
        if (const auto it = hubs.constFind(key); it != hubs.cend())
            return *it;
        const int hub = addNode();
        hubs.insert(key, hub);
        AllocationPerson probe;
        probe.sector = sector;
        probe.needsStepFree = needsStepFree;
        for (const AllocationDestination &d : p.destinations) {
            if (Allocator::allowed(p, probe, d)) {
                m_hubOut[hub].append({int(m_arcs.size()), d.id});
                addArc(hub, sectorNode.value({d.id, sector}), freePeople, 0);
            }
        }
        return hub;
    };

    QHash<Key, int> typeIndex;
    for (const AllocationPerson &person : p.people) {
        if ((person.pinnedTo && destinations.contains(person.pinnedTo)) ||
            inSets.contains(person.id))
            continue;
        const Key key{person.sector, person.needsStepFree, person.choices};
        auto it = typeIndex.find(key);
        if (it == typeIndex.end()) {
            it = typeIndex.insert(key, int(m_types.size()));
            m_types.append(Type{{}, -1, {}, -1, -1});
        }
        m_types[*it].people.append(person.id);
    }
    for (Type &type : m_types) {
        const AllocationPerson *person = nullptr;
        for (const AllocationPerson &candidate : p.people) {
            if (candidate.id == type.people.first()) {
                person = &candidate;
                break;
            }
        }
        const qint64 count = type.people.size();
        type.node = addNode(count);
        bool rankedAboveUnranked = false;
        for (qsizetype r = 0; r < person->choices.size(); ++r) {
            const qint64 d = person->choices[r];
            if (const auto cost = personCost(*person, d)) {
                type.arcs.append({int(m_arcs.size()), d});
                addArc(type.node, sectorNode.value({d, person->sector}), count,
                       *cost * choiceWeight);
                rankedAboveUnranked |= *cost > settings.unrankedCost;
            }
        }
        if (settings.allowUnranked) {
            if (!rankedAboveUnranked) {
                type.hub = hubFor(person->sector, person->needsStepFree);
                type.hubArc = int(m_arcs.size());
                addArc(type.node, type.hub, count, qint64(settings.unrankedCost) * choiceWeight);
            } else {
                // A hub would let a late choice cost less than it does: direct arcs instead.
                for (const AllocationDestination &d : p.destinations) {
                    if (person->choices.contains(d.id))
                        continue;
                    if (const auto cost = personCost(*person, d.id)) {
                        type.arcs.append({int(m_arcs.size()), d.id});
                        addArc(type.node, sectorNode.value({d.id, person->sector}), count,
                               *cost * choiceWeight);
                    }
                }
            }
        }
        type.arcs.append({int(m_arcs.size()), 0});
        addArc(type.node, m_sink, count, qint64(settings.unassignedCost) * choiceWeight);
    }

    // Keep-together sets become one choice among their options.
    for (const QList<qint64> &set : p.keepTogether) {
        KeepSet keep;
        QList<const AllocationPerson *> members;
        qint64 pinnedDestination = 0; // a pinned member takes the set with them
        for (const AllocationPerson &person : p.people) {
            if (!set.contains(person.id))
                continue;
            if (person.pinnedTo && destinations.contains(person.pinnedTo))
                pinnedDestination = person.pinnedTo;
            else
                members.append(&person);
        }
        if (members.isEmpty())
            continue;
        for (const AllocationPerson *m : members)
            keep.members.append(m->id);
        for (const AllocationDestination &d : p.destinations) {
            if (pinnedDestination && d.id != pinnedDestination)
                continue;
            SetOption option{d.id, 0, {}};
            bool ok = true;
            QHash<int, int> inflow;
            for (const AllocationPerson *m : members) {
                const auto cost = personCost(*m, d.id);
                if (!cost) {
                    ok = false;
                    break;
                }
                option.cost += *cost * choiceWeight;
                ++inflow[sectorNode.value({d.id, m->sector})];
            }
            if (!ok)
                continue;
            for (auto it = inflow.cbegin(); it != inflow.cend(); ++it)
                option.inflows.append({it.key(), it.value()});
            keep.options.append(option);
        }
        keep.options.append(
            SetOption{0,
                      qint64(settings.unassignedCost) * choiceWeight * members.size(),
                      {{m_sink, int(members.size())}}});
        m_sets.append(keep);
    }
}

QList<qint64> AllocationNetwork::solveWithLemon()
{
    using Graph = lemon::ListDigraph;
    Graph graph;
    QList<Graph::Node> nodes;
    nodes.reserve(m_supply.size());
    for (qsizetype i = 0; i < m_supply.size(); ++i)
        nodes.append(graph.addNode());
    Graph::ArcMap<qint64> capacity(graph), cost(graph);
    Graph::NodeMap<qint64> supply(graph);
    QList<Graph::Arc> arcs;
    arcs.reserve(m_arcs.size());
    for (const Arc &a : std::as_const(m_arcs)) {
        const Graph::Arc arc = graph.addArc(nodes[a.from], nodes[a.to]);
        capacity[arc] = a.capacity;
        cost[arc] = a.cost;
        arcs.append(arc);
    }
    for (qsizetype i = 0; i < m_supply.size(); ++i)
        supply[nodes[i]] = m_supply[i];

    lemon::NetworkSimplex<Graph, qint64, qint64> simplex(graph);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, qint64, qint64>::OPTIMAL)
        throw Error(Error::Kind::Storage,
                    u"the allocation could not be solved (no feasible flow)"_s);
    QList<qint64> flow;
    flow.reserve(arcs.size());
    for (const Graph::Arc &arc : std::as_const(arcs))
        flow.append(simplex.flow(arc));
    return flow;
}

QList<qint64> AllocationNetwork::solveWithGlpk(QList<int> *chosenOptions)
{
    glp_prob *lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MIN);
    const int rows = int(m_supply.size()) + int(m_sets.size());
    glp_add_rows(lp, rows);
    for (int i = 0; i < m_supply.size(); ++i) // outflow − inflow = supply
        glp_set_row_bnds(lp, i + 1, GLP_FX, double(m_supply[i]), double(m_supply[i]));
    for (int s = 0; s < m_sets.size(); ++s) // each set takes exactly one option
        glp_set_row_bnds(lp, int(m_supply.size()) + s + 1, GLP_FX, 1.0, 1.0);

    QList<int> ia{0}, ja{0};
    QList<double> ar{0.0};
    auto entry = [&](int row, int column, double value) {
        ia.append(row);
        ja.append(column);
        ar.append(value);
    };
    const int arcColumns = int(m_arcs.size());
    int optionColumns = 0;
    for (const KeepSet &set : std::as_const(m_sets))
        optionColumns += int(set.options.size());
    glp_add_cols(lp, arcColumns + optionColumns);
    for (int a = 0; a < arcColumns; ++a) {
        const Arc &arc = m_arcs[a];
        glp_set_col_bnds(lp, a + 1, GLP_DB, 0.0, double(arc.capacity));
        glp_set_col_kind(lp, a + 1, GLP_IV);
        glp_set_obj_coef(lp, a + 1, double(arc.cost));
        entry(arc.from + 1, a + 1, 1.0);
        entry(arc.to + 1, a + 1, -1.0);
    }
    int column = arcColumns;
    for (int s = 0; s < m_sets.size(); ++s) {
        for (const SetOption &option : m_sets[s].options) {
            ++column;
            glp_set_col_kind(lp, column, GLP_BV);
            glp_set_obj_coef(lp, column, double(option.cost));
            entry(int(m_supply.size()) + s + 1, column, 1.0);
            for (const auto &[node, people] : option.inflows) // the set's people flow in here
                entry(node + 1, column, -double(people));
        }
    }
    // The sink's demand counts the sets' people too; they arrive through the options.
    glp_load_matrix(lp, int(ia.size() - 1), ia.constData(), ja.constData(), ar.constData());

    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.presolve = GLP_ON;
    parameters.msg_lev = GLP_MSG_OFF;
    const int status = glp_intopt(lp, &parameters);
    if (status != 0 || (glp_mip_status(lp) != GLP_OPT)) {
        glp_delete_prob(lp);
        throw Error(Error::Kind::Storage,
                    u"the allocation with keep-together sets could not be solved"_s);
    }
    QList<qint64> flow;
    for (int a = 0; a < arcColumns; ++a)
        flow.append(qRound64(glp_mip_col_val(lp, a + 1)));
    column = arcColumns;
    for (const KeepSet &set : std::as_const(m_sets)) {
        int chosen = int(set.options.size()) - 1;
        for (int o = 0; o < set.options.size(); ++o) {
            if (glp_mip_col_val(lp, column + o + 1) > 0.5)
                chosen = o;
        }
        chosenOptions->append(chosen);
        column += int(set.options.size());
    }
    glp_delete_prob(lp);
    return flow;
}

} // namespace fieldday
