using System.Linq.Expressions;

namespace Krat.Infrastructure.Specifications.Evaluators;

/// <summary>Replaces one lambda parameter by another.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
