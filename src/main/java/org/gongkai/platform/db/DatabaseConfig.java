package org.gongkai.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
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
            DataSource embedded = EmbeddedDatabase.start(props.dataDir().resolve("pg"), props.freshData());
            config.setDataSource(embedded);
        }
        return new HikariDataSource(config);
    }
}
