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
    qint64 person; // with booking order, nobody is interchangeable: 0 otherwise
    bool operator==(const Key &other) const = default;
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.sector, key.needsStepFree, key.choices, key.person);
}

// a·b, or nothing if it does not fit in 63 bits with room to add up such terms.
std::optional<qint64> product(qint64 a, qint64 b)
{
    if (a != 0 && b > std::numeric_limits<qint64>::max() / 4 / a)
        return std::nullopt;
    return a * b;
}

struct SimplexArc
{
    int from;
    int to;
    qint64 capacity;
    qint64 cost;
};

// LEMON's network simplex: the flow on each arc, and each node's potential (the dual).
void runSimplex(const QList<qint64> &supplies, const QList<SimplexArc> &arcList,
                QList<qint64> *flows, QList<qint64> *potentials)
{
    using Graph = lemon::ListDigraph;
    Graph graph;
    graph.reserveNode(int(supplies.size()));
    graph.reserveArc(int(arcList.size()));
    QList<Graph::Node> nodes;
    nodes.reserve(supplies.size());
    for (qsizetype i = 0; i < supplies.size(); ++i)
        nodes.append(graph.addNode());
    Graph::ArcMap<qint64> capacity(graph), cost(graph);
    Graph::NodeMap<qint64> supply(graph);
    QList<Graph::Arc> arcs;
    arcs.reserve(arcList.size());
    for (const SimplexArc &a : arcList) {
        const Graph::Arc arc = graph.addArc(nodes[a.from], nodes[a.to]);
        capacity[arc] = a.capacity;
        cost[arc] = a.cost;
        arcs.append(arc);
    }
    for (qsizetype i = 0; i < supplies.size(); ++i)
        supply[nodes[i]] = supplies[i];

    lemon::NetworkSimplex<Graph, qint64, qint64> simplex(graph);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, qint64, qint64>::OPTIMAL)
        throw Error(Error::Kind::Storage,
                    u"the allocation could not be solved (no feasible flow)"_s);
    flows->clear();
    flows->reserve(arcs.size());
    for (const Graph::Arc &arc : std::as_const(arcs))
        flows->append(simplex.flow(arc));
    if (potentials) {
        potentials->clear();
        potentials->reserve(nodes.size());
        for (const Graph::Node &node : std::as_const(nodes))
            potentials->append(simplex.potential(node));
    }
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

void AllocationNetwork::addArc(int from, int to, qint64 capacity, qint64 cost, qint64 cost2)
{
    if (capacity > 0)
        m_arcs.append({from, to, capacity, cost, cost2});
}

QHash<qint64, qint64> AllocationNetwork::solve()
{
    build();
    QHash<qint64, qint64> result;
    QList<int> chosen;
    QHash<qint64, int> personArc;
    const QList<qint64> flow =
        m_sets.isEmpty() ? solveWithLemon(&personArc) : solveWithGlpk(&chosen);

    // Keep-together sets go where their chosen option says.
    for (qsizetype s = 0; s < m_sets.size(); ++s) {
        const qint64 destination = m_sets[s].options[chosen[s]].destinationId;
        for (qint64 person : m_sets[s].members)
            result.insert(person, destination);
    }

    // Unranked flow through a hub is handed back to the people who sent it.
    QHash<int, QList<std::pair<qint64, qint64>>> hubOutflow; // hub → (destination, amount)
    for (auto it = m_hubOut.cbegin(); it != m_hubOut.cend(); ++it) {
        for (const auto &[arc, destination] : it.value()) {
            if (flow[arc] > 0)
                hubOutflow[it.key()].append({destination, flow[arc]});
        }
    }
    auto throughHub = [&hubOutflow](int hub, qint64 people) {
        QList<std::pair<qint64, qint64>> counts;
        auto &out = hubOutflow[hub];
        while (people > 0 && !out.isEmpty()) {
            const qint64 take = qMin(people, out.first().second);
            counts.append({out.first().first, take});
            people -= take;
            if ((out.first().second -= take) == 0)
                out.removeFirst();
        }
        return counts;
    };
    std::mt19937_64 random(m_problem.settings.seed);
    for (const Type &type : m_types) {
        if (!personArc.isEmpty()) {
            // Booking order: each person took an arc of their own.
            for (qint64 person : type.people) {
                const int arc = personArc.value(person, -1);
                qint64 destination = 0;
                for (const TypeArc &a : type.arcs) {
                    if (a.arc == arc)
                        destination = a.destination;
                }
                if (destination < 0) {
                    const auto counts = throughHub(type.hub, 1);
                    destination = counts.isEmpty() ? 0 : counts.first().first;
                }
                result.insert(person, destination);
            }
            continue;
        }
        QList<std::pair<qint64, qint64>> counts; // destination → people
        for (const TypeArc &a : type.arcs) {
            if (flow[a.arc] <= 0)
                continue;
            if (a.destination < 0)
                counts.append(throughHub(type.hub, flow[a.arc]));
            else
                counts.append({a.destination, flow[a.arc]});
        }
        // Which of the interchangeable people goes where: the seed decides (with booking
        // order, these are people of one each, solved by GLPK).
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
    m_twoStages = settings.tieBreak == TieBreak::BookingOrder;
    const qint64 everyone = qMax<qsizetype>(1, p.people.size());

    // Tier weights: a unit of a higher tier outweighs any change in all the lower ones. The
    // spread adds under spreadSteps a person; the booking tier at most everyone × the highest
    // cost a person, for each of them.
    int maxPersonCost = qMax(settings.unassignedCost, settings.unrankedCost);
    for (const AllocationPerson &person : p.people) {
        for (int rank = 1; rank <= person.choices.size(); ++rank)
            maxPersonCost = qMax(maxPersonCost, settings.rankCost(rank));
    }
    const qint64 spreadWeight = qint64(spreadSteps) * everyone + 1;
    // One stage: minimums, total cost, spread. Two: minimums and total cost, then booking
    // order and spread among the optima of the first.
    const qint64 choiceWeight = m_twoStages ? 1 : spreadWeight;
    const qint64 bookingWeight = m_twoStages ? spreadWeight : 0;
    const auto costRange = product(maxPersonCost, everyone);
    const auto minimumWeight =
        costRange ? product(*costRange + 1, choiceWeight) : std::optional<qint64>();
    const auto bookingRange = costRange ? product(*costRange, everyone) : std::optional<qint64>();
    if (!minimumWeight || !product(*minimumWeight, everyone + 1) || !bookingRange ||
        !product(*bookingRange + 1, bookingWeight))
        throw Error(Error::Kind::BadInput, u"the allocation is too large to solve exactly"_s);
    m_bookingWeights = m_twoStages ? p.bookingWeights() : QList<qint64>();
    m_bookingWeight = bookingWeight;
    // What a person's placement at a cost costs in each stage.
    auto firstStage = [&](qint64 cost) { return cost * choiceWeight; };
    auto secondStage = [&](qsizetype person, qint64 cost) {
        return m_twoStages ? m_bookingWeights[person] * cost * bookingWeight : 0;
    };
    // GLPK has no duals to restrict a second stage by: with keep-together sets and booking
    // order, every person is a node of their own from the start.
    const bool onePerType = m_twoStages && !p.keepTogether.isEmpty();

    QHash<qint64, const AllocationDestination *> destinations;
    for (const AllocationDestination &d : p.destinations)
        destinations.insert(d.id, &d);
    QSet<qint64> inSets;
    for (const QList<qint64> &set : p.keepTogether) {
        for (qint64 id : set)
            inSets.insert(id);
    }

    // Pinned and kept people hold their places and count towards their sector's spread.
    QHash<qint64, int> pinned;
    QHash<std::pair<qint64, QString>, int> pinnedBySector;
    QStringList sectors;
    QSet<QString> seenSectors;
    qint64 freePeople = 0;
    QList<qint64> fixedAt;
    fixedAt.reserve(p.people.size());
    for (const AllocationPerson &person : p.people) {
        if (!seenSectors.contains(person.sector)) {
            seenSectors.insert(person.sector);
            sectors.append(person.sector);
        }
        fixedAt.append(p.fixedAt(person));
        if (const qint64 d = fixedAt.last()) {
            ++pinned[d];
            ++pinnedBySector[{d, person.sector}];
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
        addArc(node, m_sink, minimum, -*minimumWeight);
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
                if (m_twoStages)
                    addArc(ds, node, end - j + 1, 0, cost);
                else
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
    for (qsizetype i = 0; i < p.people.size(); ++i) {
        const AllocationPerson &person = p.people[i];
        if (fixedAt[i] || inSets.contains(person.id))
            continue;
        const Key key{person.sector, person.needsStepFree, person.choices,
                      onePerType ? person.id : 0};
        auto it = typeIndex.find(key);
        if (it == typeIndex.end()) {
            it = typeIndex.insert(key, int(m_types.size()));
            m_types.append(Type{{}, {}, -1, {}, -1});
        }
        m_types[*it].people.append(person.id);
        m_types[*it].members.append(i);
    }
    for (Type &type : m_types) {
        const qsizetype first = type.members.first();
        const AllocationPerson *person = &p.people[first];
        const qint64 count = type.people.size();
        type.node = addNode(count);
        bool rankedAboveUnranked = false;
        for (qsizetype r = 0; r < person->choices.size(); ++r) {
            const qint64 d = person->choices[r];
            if (const auto cost = personCost(*person, d)) {
                type.arcs.append({int(m_arcs.size()), d, int(*cost)});
                addArc(type.node, sectorNode.value({d, person->sector}), count, firstStage(*cost),
                       secondStage(first, *cost));
                rankedAboveUnranked |= *cost > settings.unrankedCost;
            }
        }
        if (settings.allowUnranked) {
            if (!rankedAboveUnranked) {
                type.hub = hubFor(person->sector, person->needsStepFree);
                type.arcs.append({int(m_arcs.size()), -1, settings.unrankedCost});
                addArc(type.node, type.hub, count, firstStage(settings.unrankedCost),
                       secondStage(first, settings.unrankedCost));
            } else {
                // A hub would let a late choice cost less than it does: direct arcs instead.
                for (const AllocationDestination &d : p.destinations) {
                    if (person->choices.contains(d.id))
                        continue;
                    if (const auto cost = personCost(*person, d.id)) {
                        type.arcs.append({int(m_arcs.size()), d.id, int(*cost)});
                        addArc(type.node, sectorNode.value({d.id, person->sector}), count,
                               firstStage(*cost), secondStage(first, *cost));
                    }
                }
            }
        }
        type.arcs.append({int(m_arcs.size()), 0, settings.unassignedCost});
        addArc(type.node, m_sink, count, firstStage(settings.unassignedCost),
               secondStage(first, settings.unassignedCost));
    }

    // Keep-together sets become one choice among their options.
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < p.people.size(); ++i)
        indexOf.insert(p.people[i].id, i);
    for (const QList<qint64> &set : p.keepTogether) {
        KeepSet keep;
        QList<qsizetype> members;
        qint64 pinnedDestination = 0; // a pinned (or kept) member takes the set with them
        for (qint64 id : set) {
            const auto at = indexOf.constFind(id);
            if (at == indexOf.cend())
                continue;
            if (fixedAt[*at])
                pinnedDestination = fixedAt[*at];
            else
                members.append(*at);
        }
        if (members.isEmpty())
            continue;
        for (qsizetype m : std::as_const(members))
            keep.members.append(p.people[m].id);
        for (const AllocationDestination &d : p.destinations) {
            if (pinnedDestination && d.id != pinnedDestination)
                continue;
            SetOption option{d.id, 0, 0, {}};
            bool ok = true;
            QHash<int, int> inflow;
            for (qsizetype m : std::as_const(members)) {
                const auto cost = personCost(p.people[m], d.id);
                if (!cost) {
                    ok = false;
                    break;
                }
                option.cost += firstStage(*cost);
                option.cost2 += secondStage(m, *cost);
                ++inflow[sectorNode.value({d.id, p.people[m].sector})];
            }
            if (!ok)
                continue;
            for (auto it = inflow.cbegin(); it != inflow.cend(); ++it)
                option.inflows.append({it.key(), it.value()});
            keep.options.append(option);
        }
        SetOption none{0, 0, 0, {{m_sink, int(members.size())}}};
        for (qsizetype m : std::as_const(members)) {
            none.cost += firstStage(settings.unassignedCost);
            none.cost2 += secondStage(m, settings.unassignedCost);
        }
        keep.options.append(none);
        m_sets.append(keep);
    }
}

QList<qint64> AllocationNetwork::solveWithLemon(QHash<qint64, int> *personArc)
{
    QList<SimplexArc> arcs;
    arcs.reserve(m_arcs.size());
    for (const Arc &a : std::as_const(m_arcs))
        arcs.append({a.from, a.to, a.capacity, a.cost});
    QList<qint64> flow, potential;
    runSimplex(m_supply, arcs, &flow, m_twoStages ? &potential : nullptr);
    if (!m_twoStages)
        return flow;

    // The second stage chooses among the optima of the first, which are exactly the flows
    // that keep to its reduced costs (complementary slackness): an arc that costs more than
    // the potentials say carries nothing, one that costs less is full, and only the arcs in
    // between may change; they carry the second stage's costs. The first stage's people of a
    // type are alike; here each becomes a node of their own, with the type's potential, and
    // a copy of each of its arcs that an optimum may use, costed by their booking.
    auto reduced = [&](const Arc &a) { return a.cost + potential[a.from] - potential[a.to]; };
    QList<qint64> supply = m_supply;
    QList<qint64> result(m_arcs.size(), 0);
    QList<bool> ofType(m_arcs.size(), false);
    for (const Type &type : std::as_const(m_types)) {
        for (const TypeArc &a : type.arcs)
            ofType[a.arc] = true;
    }
    struct Open
    {
        int arc;       // in m_arcs
        qint64 person; // 0: not a person's copy
    };
    QList<Open> open;
    arcs.clear();
    for (qsizetype i = 0; i < m_arcs.size(); ++i) {
        const Arc &a = m_arcs[i];
        if (ofType[i])
            continue;
        const qint64 r = reduced(a);
        if (r < 0) {
            result[i] = a.capacity;
            supply[a.from] -= a.capacity;
            supply[a.to] += a.capacity;
        } else if (r == 0) {
            open.append({int(i), 0});
            arcs.append({a.from, a.to, a.capacity, a.cost2});
        }
    }
    for (const Type &type : std::as_const(m_types)) {
        supply[type.node] = 0;
        int forced = -1; // an arc all of the type must take
        for (const TypeArc &a : type.arcs) {
            if (reduced(m_arcs[a.arc]) < 0)
                forced = a.arc;
        }
        for (qsizetype k = 0; k < type.members.size(); ++k) {
            const qint64 person = type.people[k];
            const qint64 weight = m_bookingWeights[type.members[k]] * m_bookingWeight;
            const int node = int(supply.size());
            supply.append(1);
            if (forced >= 0) {
                --supply[node];
                ++supply[m_arcs[forced].to];
                personArc->insert(person, forced);
                continue;
            }
            for (const TypeArc &a : type.arcs) {
                if (reduced(m_arcs[a.arc]) != 0)
                    continue;
                open.append({a.arc, person});
                arcs.append({node, m_arcs[a.arc].to, 1, weight * a.cost});
            }
        }
    }
    QList<qint64> second;
    runSimplex(supply, arcs, &second, nullptr);
    for (qsizetype k = 0; k < open.size(); ++k) {
        if (open[k].person) {
            if (second[k] > 0)
                personArc->insert(open[k].person, open[k].arc);
        } else {
            result[open[k].arc] = second[k];
        }
    }
    return result;
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
    auto solved = [&] {
        const int status = glp_intopt(lp, &parameters);
        if (status != 0 || (glp_mip_status(lp) != GLP_OPT)) {
            glp_delete_prob(lp);
            throw Error(Error::Kind::Storage,
                        u"the allocation with keep-together sets could not be solved"_s);
        }
    };
    solved();
    if (m_twoStages) {
        // Among the optima of the first stage (its objective held at its best), the best of the
        // second: booking order, then the spread.
        QList<int> index{0};
        QList<double> value{0.0};
        const int columns = arcColumns + optionColumns;
        for (int j = 1; j <= columns; ++j) {
            if (const double c = glp_get_obj_coef(lp, j); c != 0.0) {
                index.append(j);
                value.append(c);
            }
        }
        const double best = double(qRound64(glp_mip_obj_val(lp)));
        const int row = glp_add_rows(lp, 1);
        glp_set_mat_row(lp, row, int(index.size() - 1), index.constData(), value.constData());
        glp_set_row_bnds(lp, row, GLP_FX, best, best);
        for (int a = 0; a < arcColumns; ++a)
            glp_set_obj_coef(lp, a + 1, double(m_arcs[a].cost2));
        int optionColumn = arcColumns;
        for (const KeepSet &set : std::as_const(m_sets)) {
            for (const SetOption &option : set.options)
                glp_set_obj_coef(lp, ++optionColumn, double(option.cost2));
        }
        solved();
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
