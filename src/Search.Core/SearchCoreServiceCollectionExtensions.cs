using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Search.Core.Extraction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Search;

namespace Search.Core;

/// <summary>Registers the search core: options, gazetteer, readers, index host, indexer, searcher, lookup and passage linking (all singletons).</summary>
public static class SearchCoreServiceCollectionExtensions
{
    public static IServiceCollection AddSearchCore(this IServiceCollection services)
    {
        services.AddOptions<IndexingOptions>().BindConfiguration(IndexingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GazetteerOptions>().BindConfiguration(GazetteerOptions.SectionName);
        services.TryAddSingleton(s => Gazetteer.Load(s.GetRequiredService<IOptions<GazetteerOptions>>().Value));
        services.TryAddSingleton<IndexHost>();
        services.AddOptions<ReadLimits>().BindConfiguration(ReadLimits.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(_ => ArticleReaders.All());
        services.TryAddSingleton(s => new ArticleIndexer(
            s.GetRequiredService<Gazetteer>(), s.GetRequiredService<ArticleReaders>(),
            s.GetRequiredService<IOptions<ReadLimits>>().Value, s.GetRequiredService<ILogger<ArticleIndexer>>()));
        services.TryAddSingleton<ArticleSearcher>();
        services.TryAddSingleton<ArticleLookup>();
        services.AddOptions<Linking.Corroboration.LinkingOptions>().BindConfiguration(Linking.Corroboration.LinkingOptions.Section);
        services.TryAddSingleton<Linking.Corroboration.CorroborationFinder>();
        services.TryAddSingleton<Linking.Coverage.FigureComparison>();
        services.TryAddSingleton<Linking.Passages.PassageSearcher>();
        services.TryAddSingleton<Linking.Coverage.CoverageComparison>();
        services.TryAddSingleton<Linking.Related.RelatedArticles>();
        return services;
    }
}
