package org.gongkai.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.gongkai.platform.GongkaiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The database: an external PostgreSQL when GONGKAI_DB_URL is set, else an embedded one in the data dir. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(GongkaiProperties props) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("gongkai");
        config.setMaximumPoolSize(20);
        if (props.externalDatabase()) {
            config.setJdbcUrl(props.dbUrl());
            config.setUsername(props.dbUser());
            config.setPassword(props.dbPassword());
        } else {
            EmbeddedDatabase.Endpoint db = EmbeddedDatabase.start(
                    props.dataDir(), new EmbeddedDatabase.Options(props.freshData(), props.dbDurable(), 0));
            config.setJdbcUrl(db.jdbcUrl());
            config.setUsername(db.user());
            config.setPassword(db.password());
            config.addDataSourceProperty("stringtype", "unspecified");
        }
        return new HikariDataSource(config);
    }
}
